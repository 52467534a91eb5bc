#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace diptych {

class SqliteDatabase;

// An edit waiting for the team server: the item (annotation or reply) it changed and the
// edit's id, which the server keeps so a retry is never applied twice. What is pushed is
// the item as the store holds it at push time, so one waiting entry covers any number of
// edits of the item before the push (attempted: it went out once and may have arrived).
struct OutboxEntry {
    qint64 sequence = 0;
    QString edit;
    QString item;
    bool attempted = false;
};

// The server's revision of an item as this store last saw it, and its author's role.
struct SyncedRevision {
    qint64 revision = 0;
    QString owner;
};

// The annotation store's sync tables (sync_outbox, sync_items, sync_state; schema step 2 of
// SqliteAnnotationStore): the one place that reads and writes them. Calls marked "in a
// transaction" run inside the store's own, so an edit and its outbox entry commit together.
class SyncJournal
{
public:
    explicit SyncJournal(const SqliteDatabase &db) : m_db(db) {}

    // In a transaction: note that item changed; a fresh edit id unless one not yet sent waits.
    bool enqueue(const QString &item) const;
    // In a transaction: the server holds item at revision, written by owner.
    bool record(const QString &item, qint64 revision, const QString &owner) const;
    // In a transaction: the items of team that others (not role) wrote: their notes, and
    // their replies to anyone's note there. nullopt on a failure.
    std::optional<QStringList> othersItemsOfTeam(const QString &team, const QString &role) const;
    // In a transaction: the item is no longer here, so a later pull takes it in afresh.
    bool forget(const QString &item) const;
    // In a transaction: the edit is on the server (or given up); it leaves the outbox.
    bool remove(const QString &edit) const;
    // In a transaction: every row after this revision is still to pull.
    bool setPulledRevision(qint64 revision) const;
    // In a transaction: the store now syncs with another server, whose revisions mean nothing
    // here. Every item's revision is forgotten (0) and nothing counts as pulled; each item
    // keeps its author, so others' notes stay theirs and are never sent as one's own, and
    // the items of the role the store synced as belong to role (the login on the new server).
    bool startOver(const QString &role) const;

    QVector<OutboxEntry> waiting(int limit) const;
    int waitingCount() const;
    bool isWaiting(const QString &item) const;
    // The items with an edit waiting.
    QSet<QString> waitingItems() const;
    // Outside a transaction: the edit is about to go out (committed before it does).
    bool markAttempted(const QString &edit) const;
    std::optional<SyncedRevision> synced(const QString &item) const;
    qint64 pulledRevision() const;
    // The login role this store syncs as (empty: it never synced).
    bool setRole(const QString &role) const;
    QString role() const;
    // The server says another role wrote item: only that author edits it, others reply.
    bool isSomeoneElses(const QString &item) const;
    // Which server the store syncs with (TeamServer::identity; empty: not noted yet).
    bool setServer(const QString &identity) const;
    QString server() const;
    // The teams the role was a member of when the store last pulled; nullopt: not noted (a
    // store that synced before they were, or that starts over).
    bool setTeams(const std::optional<QStringList> &teams) const;
    std::optional<QStringList> teams() const;
    // This role's own annotations and replies that the server has not seen since the store
    // started over (revision 0), still here and with no edit waiting.
    QStringList unsyncedOwn() const;

private:
    bool setState(const QString &name, const QString &value) const;
    QString state(const QString &name) const;

    const SqliteDatabase &m_db;
};

} // namespace diptych
