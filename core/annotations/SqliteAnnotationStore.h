#pragma once

#include "annotations/AnnotationStore.h"
#include "storage/SqliteDatabase.h"

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

private:
    bool write(const Annotation &annotation) const;
    QVector<Annotation> select(const QString &where, const QString &value) const;

    SqliteDatabase m_db;
};

} // namespace diptych
