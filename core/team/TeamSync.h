#pragma once

#include "team/SyncRound.h"

#include <QString>

#include <functional>

namespace diptych {

class PostgresConnection;
class SqliteAnnotationStore;
struct OutboxEntry;

// The sync engine: pushes the local store's outbox to the team server, one edit at a time
// and each exactly once (the server remembers edit ids), then pulls every row after the
// last revision seen. Nothing here blocks an edit: the store takes edits whether or not a
// server is there, and a round that cannot reach the server leaves them waiting.
class TeamSync
{
public:
    // team: the team an annotation shared with "the chosen team" goes to.
    TeamSync(SqliteAnnotationStore &store, PostgresConnection &server, const QString &team);

    // One push-and-pull round; opens the connection first when it is closed, and closes it
    // after a failure so the next round starts afresh.
    SyncRound run();
    // Calls onChange whenever another client's edit reaches the server (LISTEN/NOTIFY; needs
    // the connection open and an event loop running).
    bool watch(const std::function<void()> &onChange);

    static constexpr int kPullBatch = 2000;

private:
    // Notes the role this store syncs as (SyncJournal::role).
    bool adoptRole(SyncRound &round);
    bool push(SyncRound &round);
    bool pushOne(const OutboxEntry &entry, SyncRound &round);
    bool pull(SyncRound &round);
    SyncRound failed(SyncRound round, const QString &error);
    // storeDidIt, with the store's error in round when it did not.
    bool checked(bool storeDidIt, SyncRound &round) const;

    SqliteAnnotationStore &m_store;
    PostgresConnection &m_server;
    QString m_team;
};

} // namespace diptych
