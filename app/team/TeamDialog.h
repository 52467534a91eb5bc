#pragma once

#include "team/TeamSettings.h"

#include <QDialog>

class QLineEdit;

namespace diptych {

// Edit › Team…: the team server, the team's name and, if the server asks one, the password
// (it goes to the desktop keyring, never into Diptych's settings; left empty, the stored one
// or libpq's ~/.pgpass and PGPASSWORD serve). "Stop sharing" clears all three; the
// annotations stay on this machine.
class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    TeamDialog(const TeamSettings &current, QWidget *parent = nullptr);

    TeamSettings settings() const;
    // What was typed; empty: keep what the keyring has.
    QString password() const;
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *teamField() const { return m_team; }
    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_server;
    QLineEdit *m_team;
    QLineEdit *m_password;
};

} // namespace diptych
