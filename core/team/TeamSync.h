#pragma once

#include "team/ServerItem.h"
#include "team/SyncRound.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace diptych {

class PostgresConnection;
class SqliteAnnotationStore;
struct OutboxEntry;

// The sync engine: pushes the local store's outbox to the team server, one edit at a time
// and each exactly once (the server remembers edit ids), then pulls every row after the
// last revision seen. Nothing here blocks an edit: the store takes edits whether or not a
// server is there, and a round that cannot reach the server leaves them waiting.
//
// Revisions say when a row changed, not when a member could first see it: a member added to
// a team sees that team's older rows all at once, below the revision the pull had reached.
// So each round compares the teams the role is in with those noted at the last pull and
// first takes in a new team's rows up to that revision. A store pointed at another server
// (TeamServer::identity) starts over (SqliteAnnotationStore::startOver): everything is
// pulled again, and the user's own notes that server lacks are offered to it as edits.
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
    // Notes the server and the role this store syncs as; another server starts over, another
    // role pulls from the beginning.
    bool adoptServer(SyncRound &round);
    bool push(SyncRound &round);
    bool pushOne(const OutboxEntry &entry, SyncRound &round);
    // Others' items of teams the role was in at the last round and is in no longer go.
    bool leaveTeams(const QStringList &teams, SyncRound &round);
    // The rows of teams the role joined since the last pull, up to the revision pulled.
    bool catchUp(const QStringList &teams, SyncRound &round);
    bool pull(SyncRound &round);
    // Takes in rows of the server (pulledRevision 0: the pull's own revision stays).
    bool takeIn(const QVector<ServerItem> &rows, qint64 pulledRevision, SyncRound &round);
    // Own items this server has not seen, shared with one of teams (or private), pushed.
    bool offerOwn(const QStringList &teams, SyncRound &round);
    SyncRound failed(SyncRound round, const QString &error);
    // storeDidIt, with the store's error in round when it did not.
    bool checked(bool storeDidIt, SyncRound &round) const;

    SqliteAnnotationStore &m_store;
    PostgresConnection &m_server;
    QString m_team;
};

} // namespace diptych
