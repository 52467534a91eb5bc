#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QSettings;

namespace diptych {

class TeamKeyring;
class TeamSyncService;

// What a window shows of the team sync: Edit › Team… and, with a team set, a label in the
// status bar ("Team directie: online", "… offline — 3 edits waiting", the error as its
// tooltip). Made for each window (the window is rebuilt when the language changes); the
// service and the keyring outlive it.
class TeamActions : public QObject
{
    Q_OBJECT
public:
    TeamActions(QMainWindow *window, TeamSyncService &service, TeamKeyring &keyring, QSettings &settings);

    QAction *teamAction() const { return m_action; }
    QLabel *statusLabel() const { return m_status; }
    // Edit › Team… without the dialog: what the dialog's OK does (tests, scripts). A
    // password goes to the keyring (a warning says so when there is none, and it serves
    // this session only); without one the keyring's stored password is used.
    void apply(const struct TeamSettings &team, const QString &password = {});
    // Starts service on team with the password the keyring holds for it (none: libpq's own);
    // the keyring answers later, as it may ask to be unlocked. At start and from apply().
    static void startWithStoredPassword(TeamKeyring &keyring, TeamSyncService &service,
                                        const struct TeamSettings &team);

private:
    void ask();
    void showStatus();
    void warnNotStored(const QString &reason);

    QMainWindow *m_window;
    TeamSyncService &m_service;
    TeamKeyring &m_keyring;
    QSettings &m_settings;
    QAction *m_action;
    QLabel *m_status;
};

} // namespace diptych
