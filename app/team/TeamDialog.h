#pragma once

#include "team/TeamSettings.h"

#include <QDialog>

class QLineEdit;

namespace diptych {

// Edit › Team…: the team server and the team's name. The password is not asked: libpq
// reads it from ~/.pgpass or PGPASSWORD (the dialog says so), so it is never written into
// Diptych's settings. "Stop sharing" clears both; the annotations stay on this machine.
class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    TeamDialog(const TeamSettings &current, QWidget *parent = nullptr);

    TeamSettings settings() const;
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *teamField() const { return m_team; }

private:
    QLineEdit *m_server;
    QLineEdit *m_team;
};

} // namespace diptych
