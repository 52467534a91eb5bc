#pragma once

#include "team/TeamSettings.h"

#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace diptych {

class TeamSyncWorker;

// The window's side of the team sync. With a team set it runs a round a moment after each
// local edit (kEditDelayMs, so a typed note goes out as one), every kPeriodMs, and whenever
// the server says another member changed something; without one it does nothing at all.
// The rounds run on TeamSyncWorker's thread.
class TeamSyncService : public QObject
{
    Q_OBJECT
public:
    enum class State { NoTeam, Connecting, Online, Offline };

    static constexpr int kEditDelayMs = 2000;
    static constexpr int kPeriodMs = 60000;

    explicit TeamSyncService(const QString &databasePath, QObject *parent = nullptr);
    ~TeamSyncService() override;

    // Starts syncing with this team (stops when it is not set); a round follows at once.
    // password: from the keyring, for a URL without one; empty leaves it to libpq.
    void configure(const TeamSettings &team, const QString &password = {});
    TeamSettings team() const { return m_team; }
    State state() const { return m_state; }
    int waiting() const { return m_waiting; }
    QString error() const { return m_error; }
    // "online", "offline — 3 edits waiting", or the error; empty without a team.
    QString statusText() const;

public Q_SLOTS:
    // A local edit: a round follows after kEditDelayMs without further edits.
    void editMade();
    void syncNow();

Q_SIGNALS:
    void statusChanged();
    // Others' edits were taken into the store: the model reads it again.
    void pulled(int count);

private:
    void stop();
    void onRoundFinished(bool completed, int pushed, int pulled, int waiting, const QString &error);

    QString m_databasePath;
    TeamSettings m_team;
    QThread *m_thread = nullptr;
    TeamSyncWorker *m_worker = nullptr;
    QTimer *m_editTimer;
    QTimer *m_periodTimer;
    State m_state = State::NoTeam;
    int m_waiting = 0;
    QString m_error;
};

} // namespace diptych
