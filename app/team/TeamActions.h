#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QSettings;

namespace diptych {

class TeamSyncService;

// What a window shows of the team sync: Edit › Team… and, with a team set, a label in the
// status bar ("Team directie: online", "… offline — 3 edits waiting", the error as its
// tooltip). Made for each window (the window is rebuilt when the language changes); the
// service outlives it.
class TeamActions : public QObject
{
    Q_OBJECT
public:
    TeamActions(QMainWindow *window, TeamSyncService &service, QSettings &settings);

    QAction *teamAction() const { return m_action; }
    QLabel *statusLabel() const { return m_status; }
    // Edit › Team… without the dialog: what the dialog's OK does (tests, scripts).
    void apply(const struct TeamSettings &team);

private:
    void ask();
    void showStatus();

    QMainWindow *m_window;
    TeamSyncService &m_service;
    QSettings &m_settings;
    QAction *m_action;
    QLabel *m_status;
};

} // namespace diptych
