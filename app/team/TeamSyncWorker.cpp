#include "team/TeamSyncWorker.h"

#include "annotations/SqliteAnnotationStore.h"
#include "team/PostgresConnection.h"
#include "team/TeamSync.h"

#include <QMetaObject>

namespace diptych {

TeamSyncWorker::TeamSyncWorker(const QString &databasePath, const TeamSettings &team, const QString &password)
    : m_databasePath(databasePath), m_team(team), m_password(password)
{
}

TeamSyncWorker::~TeamSyncWorker() = default;

bool TeamSyncWorker::start(QString *error)
{
    if (m_sync)
        return true;
    m_store = std::make_unique<SqliteAnnotationStore>(m_databasePath);
    if (!m_store->open()) {
        *error = m_store->error();
        m_store.reset();
        return false;
    }
    m_server = std::make_unique<PostgresConnection>(m_team.server, m_password);
    if (!m_server->isValid()) {
        *error = m_server->error();
        m_server.reset();
        m_store.reset();
        return false;
    }
    m_sync = std::make_unique<TeamSync>(*m_store, *m_server, m_team.team);
    return true;
}

void TeamSyncWorker::runRound()
{
    QString error;
    if (!start(&error)) {
        Q_EMIT roundFinished(false, 0, 0, 0, error);
        return;
    }
    const SyncRound round = m_sync->run();
    // A failed round closes the connection, and with it the LISTEN: listen again after the
    // next round that gets through.
    if (!round.completed)
        m_watching = false;
    else if (!m_watching)
        m_watching =
            m_sync->watch([this] { QMetaObject::invokeMethod(this, &TeamSyncWorker::runRound, Qt::QueuedConnection); });
    Q_EMIT roundFinished(round.completed, round.pushed, round.pulled, round.waiting, round.error);
}

} // namespace diptych
