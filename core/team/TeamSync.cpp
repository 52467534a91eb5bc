#include "team/TeamSync.h"

#include "annotations/SqliteAnnotationStore.h"
#include "team/PostgresConnection.h"
#include "team/ServerItemMapping.h"
#include "team/TeamSchema.h"
#include "team/TeamServer.h"

namespace diptych {

TeamSync::TeamSync(SqliteAnnotationStore &store, PostgresConnection &server, const QString &team)
    : m_store(store), m_server(server), m_team(team)
{
}

bool TeamSync::checked(bool storeDidIt, SyncRound &round) const
{
    if (!storeDidIt)
        round.error = m_store.error();
    return storeDidIt;
}

SyncRound TeamSync::failed(SyncRound round, const QString &error)
{
    round.completed = false;
    round.error = error;
    round.waiting = m_store.journal().waitingCount();
    m_server.close();
    return round;
}

bool TeamSync::adoptRole(SyncRound &round)
{
    // Another role sees other rows: its first pull starts from the beginning.
    const QString previous = m_store.journal().role();
    if (!previous.isEmpty() && previous != m_server.user() && !checked(m_store.journal().setPulledRevision(0), round))
        return false;
    return checked(m_store.journal().setRole(m_server.user()), round);
}

SyncRound TeamSync::run()
{
    SyncRound round;
    if (!m_server.isOpen() && !m_server.open())
        return failed(round, m_server.error());
    if (!adoptRole(round))
        return failed(round, round.error);
    if (!push(round) || !pull(round))
        return failed(round, round.error);
    round.completed = true;
    round.waiting = m_store.journal().waitingCount();
    return round;
}

bool TeamSync::push(SyncRound &round)
{
    for (QVector<OutboxEntry> batch = m_store.journal().waiting(100); !batch.isEmpty();
         batch = m_store.journal().waiting(100)) {
        for (const OutboxEntry &entry : batch) {
            if (!pushOne(entry, round))
                return false;
        }
    }
    return true;
}

bool TeamSync::pushOne(const OutboxEntry &entry, SyncRound &round)
{
    // Marked before it goes: from here on the server may have it, so the entry is never
    // again merged with a later edit (the retry carries the same edit id).
    if (!checked(m_store.journal().markAttempted(entry.edit), round))
        return false;
    const std::optional<ServerItem> row = ServerItemMapping::outgoing(m_store, entry.item, m_team);
    if (!row)
        return checked(m_store.dropWaiting(entry), round);
    const std::optional<SyncedRevision> base = m_store.journal().synced(entry.item);
    const TeamServer server(m_server);
    const std::optional<EditOutcome> outcome = server.apply(entry.edit, *row, base ? base->revision : 0);
    if (!outcome) {
        round.error = server.error();
        return false;
    }
    if (!outcome->serverRowDiffers()) {
        ++round.pushed;
        return checked(m_store.recordPushed(entry, outcome->revision, outcome->owner, row->team), round);
    }
    round.refused += outcome->kind == EditOutcome::Kind::Refused ? 1 : 0;
    round.conflicts += outcome->kind == EditOutcome::Kind::KeptNewer ? 1 : 0;
    const std::optional<ServerItem> current = server.item(entry.item);
    if (!current) {
        round.error = server.error();
        return false;
    }
    return checked(m_store.replaceWithServers(entry, ServerItemMapping::incoming(*current)), round);
}

bool TeamSync::pull(SyncRound &round)
{
    const TeamServer server(m_server);
    for (;;) {
        const auto rows = server.since(m_store.journal().pulledRevision(), kPullBatch);
        if (!rows) {
            round.error = server.error();
            return false;
        }
        if (rows->isEmpty())
            return true;
        QVector<SyncedChange> changes;
        changes.reserve(rows->size());
        for (const ServerItem &row : *rows)
            changes.append(ServerItemMapping::incoming(row));
        const int taken = m_store.applySynced(changes, rows->last().revision);
        if (taken < 0) {
            round.error = m_store.error();
            return false;
        }
        round.pulled += taken;
    }
}

bool TeamSync::watch(const std::function<void()> &onChange)
{
    return m_server.listen(TeamSchema::notifyChannel(), onChange);
}

} // namespace diptych
