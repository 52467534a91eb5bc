#pragma once

#include <QSet>
#include <QString>
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
    // In a transaction: the edit is on the server (or given up); it leaves the outbox.
    bool remove(const QString &edit) const;
    // In a transaction: every row after this revision is still to pull.
    bool setPulledRevision(qint64 revision) const;

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

private:
    bool setState(const QString &name, const QString &value) const;
    QString state(const QString &name) const;

    const SqliteDatabase &m_db;
};

} // namespace diptych
