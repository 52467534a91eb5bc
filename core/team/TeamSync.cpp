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

bool TeamSync::adoptServer(SyncRound &round)
{
    const QString identity = TeamServer(m_server).identity();
    if (identity.isEmpty()) {
        round.error = m_server.error().isEmpty()
                          ? QStringLiteral("the server has no Diptych schema yet (diptych-cli team init makes it)")
                          : m_server.error();
        return false;
    }
    const SyncJournal journal = m_store.journal();
    const QString role = m_server.user();
    // A store that synced before servers were noted is taken to be on this one.
    if (!journal.server().isEmpty() && journal.server() != identity)
        return checked(m_store.startOver(identity, role), round);
    // Another role sees other rows: its first pull starts from the beginning.
    if (!journal.role().isEmpty() && journal.role() != role
        && !checked(journal.setPulledRevision(0) && journal.setTeams(std::nullopt), round))
        return false;
    return checked(journal.setServer(identity) && journal.setRole(role), round);
}

SyncRound TeamSync::run()
{
    SyncRound round;
    if (!m_server.isOpen() && !m_server.open())
        return failed(round, m_server.error());
    if (!adoptServer(round) || !push(round))
        return failed(round, round.error);
    const std::optional<QStringList> teams = TeamServer(m_server).teams();
    if (!teams)
        return failed(round, m_server.error());
    if (!leaveTeams(*teams, round) || !catchUp(*teams, round) || !pull(round) || !offerOwn(*teams, round))
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
    // Someone else's item this server never had (the store synced elsewhere before): sent,
    // it would arrive as the sender's.
    if (base && base->revision == 0 && base->owner != m_server.user()) {
        ++round.refused;
        return checked(m_store.dropWaiting(entry), round);
    }
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

bool TeamSync::takeIn(const QVector<ServerItem> &rows, qint64 pulledRevision, SyncRound &round)
{
    QVector<SyncedChange> changes;
    changes.reserve(rows.size());
    for (const ServerItem &row : rows)
        changes.append(ServerItemMapping::incoming(row));
    const int taken = m_store.applySynced(changes, pulledRevision);
    if (taken < 0) {
        round.error = m_store.error();
        return false;
    }
    round.pulled += taken;
    return true;
}

// Teams the user was in at the last round and is in no longer (catchUp notes the new list).
bool TeamSync::leaveTeams(const QStringList &teams, SyncRound &round)
{
    const std::optional<QStringList> noted = m_store.journal().teams();
    for (const QString &team : noted.value_or(QStringList())) {
        if (teams.contains(team))
            continue;
        const int left = m_store.leaveTeam(team, m_server.user());
        if (left < 0)
            return checked(false, round);
        round.left += left;
    }
    return true;
}

bool TeamSync::catchUp(const QStringList &teams, SyncRound &round)
{
    const std::optional<QStringList> noted = m_store.journal().teams();
    const qint64 upTo = m_store.journal().pulledRevision();
    const TeamServer server(m_server);
    for (const QString &team : teams) {
        if (upTo == 0 || (noted && noted->contains(team)))
            continue;
        for (qint64 after = 0;;) {
            const auto rows = server.ofTeam(team, after, upTo, kPullBatch);
            if (!rows) {
                round.error = server.error();
                return false;
            }
            if (rows->isEmpty())
                break;
            if (!takeIn(*rows, 0, round))
                return false;
            after = rows->last().revision;
        }
    }
    return checked(m_store.journal().setTeams(teams), round);
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
        if (!takeIn(*rows, rows->last().revision, round))
            return false;
    }
}

bool TeamSync::offerOwn(const QStringList &teams, SyncRound &round)
{
    QStringList offered;
    for (const QString &item : m_store.journal().unsyncedOwn()) {
        // A note of a team the user is not in here stays on this machine: the server would
        // refuse it, and hold up every edit behind it.
        const std::optional<ServerItem> row = ServerItemMapping::outgoing(m_store, item, m_team);
        if (row && (row->team.isEmpty() || teams.contains(row->team)))
            offered << item;
    }
    if (offered.isEmpty())
        return true;
    return checked(m_store.offer(offered), round) && push(round);
}

bool TeamSync::watch(const std::function<void()> &onChange)
{
    return m_server.listen(TeamSchema::notifyChannel(), onChange);
}

} // namespace diptych
