#pragma once

#include "annotations/AnnotationStore.h"
#include "annotations/SyncJournal.h"
#include "annotations/SyncedChange.h"
#include "storage/SqliteDatabase.h"

#include <QSet>
#include <QString>

namespace diptych {

// The embedded annotation store: SQLite through Qt Sql, in the same database file as the
// library (its tables sit beside LibraryStore's; each component keeps its own schema
// version in component_versions).
//
// Durability: WAL with synchronous=FULL, every edit its own BEGIN IMMEDIATE ... COMMIT.
// NORMAL would survive a killed process too, but could lose the last edits on a power cut
// or OS crash; an edit is a human action (a few a minute), so the fsync per commit costs
// nothing the user notices and buys "no note is ever lost".
//
// Two processes on one file: a busy timeout makes a writer wait for the other's commit
// instead of failing; BEGIN IMMEDIATE takes the write lock up front, so no transaction
// has to be retried halfway.
//
// A file SQLite cannot read (not a database, damaged pages) is moved aside with a
// timestamp and a fresh database created; error() says so. A database another process
// keeps locked past the busy timeout is reported (isLocked(); open again later), never
// moved. SqliteDatabase does this for every store. Used from one thread (the one that
// called open()).
class SqliteAnnotationStore : public AnnotationStore
{
public:
    // databasePath empty: the library's database (LibraryStore::defaultDatabasePath()).
    explicit SqliteAnnotationStore(const QString &databasePath = QString());
    ~SqliteAnnotationStore() override;
    SqliteAnnotationStore(const SqliteAnnotationStore &) = delete;
    SqliteAnnotationStore &operator=(const SqliteAnnotationStore &) = delete;

    static int currentSchemaVersion();
    static QString component() { return QStringLiteral("annotations"); }
    static constexpr int kBusyTimeoutMs = SqliteDatabase::kBusyTimeoutMs;

    bool open();
    bool isOpen() const;
    QString databasePath() const { return m_db.path(); }
    // Where a damaged database was moved; empty when none was.
    QString movedAsidePath() const { return m_db.movedAsidePath(); }
    // The last open() failed because another process holds the file; nothing was moved.
    bool isLocked() const { return m_db.health() == SqliteDatabase::Health::Locked; }
    // Before open(): how long a write waits for another process's (tests shorten it).
    void setBusyTimeout(int ms) { m_db.setBusyTimeout(ms); }
    int schemaVersion() const;

    bool put(const Annotation &annotation) override;
    bool putAll(const QVector<Annotation> &annotations) override;
    bool remove(const QString &id) override;
    std::optional<Annotation> byId(const QString &id) const override;
    QVector<Annotation> byDocument(const QString &documentHash) const override;
    QVector<Annotation> all() const override;
    int count() const override;
    QString error() const override { return m_db.error(); }

    bool putReply(const AnnotationReply &reply) override;
    QVector<AnnotationReply> replies(const QString &annotationId) const override;
    QVector<AnnotationReply> allReplies() const override;
    bool isSomeoneElses(const QString &itemId) const override { return journal().isSomeoneElses(itemId); }
    bool isOnTeamServer(const QString &id) const override;
    std::optional<AnnotationReply> replyById(const QString &id) const;

    // Team sync (core/team/TeamSync). Every put, putAll, putReply and remove above also puts
    // its item in the outbox, in the same transaction; the calls below are the sync's own
    // and leave the outbox alone.
    SyncJournal journal() const { return SyncJournal(m_db); }
    // Takes in changes from the server in one transaction and records that everything up to
    // pulledRevision was seen (0: leave it). An item with an edit still waiting keeps the
    // local version (the push decides), and an item already at that revision is skipped.
    // Returns how many changes were taken in, -1 on a failure.
    int applySynced(const QVector<SyncedChange> &changes, qint64 pulledRevision);
    // The server took the edit: it leaves the outbox, the item's revision and owner are
    // recorded, and an annotation shared with "the chosen team" now names it.
    bool recordPushed(const OutboxEntry &entry, qint64 revision, const QString &owner, const QString &team);
    // The server decided otherwise (refused, or kept a newer version): the edit leaves the
    // outbox and the server's version of the item replaces the local one.
    bool replaceWithServers(const OutboxEntry &entry, const SyncedChange &change);
    // An edit of an item that never reached the server and is gone: nothing to send.
    bool dropWaiting(const OutboxEntry &entry);
    // Another server (identity: TeamServer::identity), synced as role: SyncJournal::startOver
    // and the server noted, in one transaction. The annotations stay.
    bool startOver(const QString &server, const QString &role);
    // The user (role) is no longer in team: others' notes of that team and others' replies
    // there are removed here, as the server shows them no longer; the user's own notes and
    // replies stay, and rejoining brings the rest back. Not an edit: nothing is sent. Returns
    // how many items went, -1 on a failure.
    int leaveTeam(const QString &team, const QString &role);
    // These items go to the server as edits (the user's own, not on this server yet).
    bool offer(const QStringList &items);

private:
    bool write(const Annotation &annotation) const;
    bool writeReply(const AnnotationReply &reply) const;
    bool erase(const QString &id) const;
    // Writes a change from the server unless an edit of its item is waiting or, without
    // evenIfKnown, the store has that revision already: true written, false skipped,
    // nullopt on a failure.
    std::optional<bool> takeIn(const SyncedChange &change, bool evenIfKnown, const QSet<QString> &waiting) const;
    QVector<Annotation> select(const QString &where, const QString &value) const;
    QVector<AnnotationReply> selectReplies(const QString &where, const QVariantList &values) const;

    SqliteDatabase m_db;
};

} // namespace diptych
