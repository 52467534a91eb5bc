#include "team/TeamSyncWorker.h"

#include "annotations/SqliteAnnotationStore.h"
#include "team/PostgresConnection.h"
#include "team/ServerProbe.h"
#include "team/TeamSync.h"

#include <QMetaObject>
#include <QScopedValueRollback>

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
    // The probe below runs an event loop: a round asked for meanwhile is this one.
    if (m_inRound)
        return;
    const QScopedValueRollback<bool> inRound(m_inRound, true);
    QString error;
    if (!start(&error)) {
        Q_EMIT roundFinished(false, 0, 0, 0, error);
        return;
    }
    // libpq's connect cannot be cut short; the probe can, so a quit never waits for it.
    if (!m_server->isOpen()) {
        switch (ServerProbe::ask(m_team.server, PostgresConnection::kConnectTimeoutSeconds * 1000, &error)) {
        case ServerProbe::Result::Interrupted: return; // stopping: the edits wait in the outbox
        case ServerProbe::Result::NoAnswer:
            m_watching = false;
            Q_EMIT roundFinished(false, 0, 0, m_store->journal().waitingCount(), error);
            return;
        case ServerProbe::Result::Answered: break;
        }
    }
    const SyncRound round = m_sync->run();
    // A failed round closes the connection, and with it the LISTEN: listen again after the
    // next round that gets through.
    if (!round.completed)
        m_watching = false;
    else if (!m_watching)
        m_watching =
            m_sync->watch([this] { QMetaObject::invokeMethod(this, &TeamSyncWorker::runRound, Qt::QueuedConnection); });
    // Items of a team left change what the window shows as much as pulled ones do.
    Q_EMIT roundFinished(round.completed, round.pushed, round.pulled + round.left, round.waiting, round.error);
}

} // namespace diptych
