#pragma once

#include "team/TeamSettings.h"

#include <QObject>
#include <QString>

#include <memory>

namespace diptych {

class PostgresConnection;
class SqliteAnnotationStore;
class TeamSync;

// The team sync on its own thread: its own connection to the annotation store (the same
// file the window uses; SQLite's WAL and busy timeout let both write) and to the server,
// so a slow or absent server never holds up the window. After a round that reached the
// server it listens for NOTIFY, so others' edits come in within a second.
class TeamSyncWorker : public QObject
{
    Q_OBJECT
public:
    TeamSyncWorker(const QString &databasePath, const TeamSettings &team, const QString &password);
    ~TeamSyncWorker() override;

public Q_SLOTS:
    void runRound();

Q_SIGNALS:
    // completed false: the server could not be reached (error says why); edits wait.
    void roundFinished(bool completed, int pushed, int pulled, int waiting, const QString &error);

private:
    bool start(QString *error);

    QString m_databasePath;
    TeamSettings m_team;
    QString m_password;
    std::unique_ptr<SqliteAnnotationStore> m_store;
    std::unique_ptr<PostgresConnection> m_server;
    std::unique_ptr<TeamSync> m_sync;
    bool m_watching = false;
};

} // namespace diptych
