#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

class QDate;
class QDateTime;
class QSqlError;
class QSqlQuery;

namespace diptych {

// One connection to one of Diptych's SQLite files, with what every store needs around it:
// WAL, a busy timeout, a health check that tells a damaged file (moved aside with a
// timestamp, a fresh one started) from a locked or unreadable one (reported, never moved),
// and versioned migrations per component. LibraryStore, SqliteAnnotationStore and
// LibraryIndex each own one; they share the file, each with its own tables and version.
//
// Used from one thread (the one that called open()).
class SqliteDatabase
{
public:
    // Locked: another connection holds a lock past the busy timeout (report, retry later);
    // Unavailable: cannot be read for another reason (permissions, I/O). Neither is moved.
    enum class Health { Ok, Damaged, Locked, Unavailable };

    // what names the file in messages ("library", "annotation database").
    SqliteDatabase(const QString &path, const QString &what);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // A writer waits this long for another connection's commit instead of failing.
    static constexpr int kBusyTimeoutMs = 10000;

    // Opens (creating the folder), checks, moves a damaged file aside and starts afresh
    // (error() then holds the notice), sets WAL and, with fullSync, synchronous=FULL.
    // False when the file stays unusable: locked, unreadable, or cannot be moved.
    bool open(bool fullSync = false);
    bool isOpen() const;
    void close();

    QString path() const { return m_path; }
    QString error() const { return m_error; }
    void setError(const QString &error) const { m_error = error; }
    QString movedAsidePath() const { return m_movedAside; }
    // The health found by the last open().
    Health health() const { return m_health; }
    // Before open(): how long to wait for another connection's lock (tests shorten it).
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    const QSqlDatabase &handle() const { return m_db; }

    bool exec(const QString &sql) const;
    // Binds values in order to a prepared query and runs it; on failure error() says why.
    bool run(QSqlQuery &query, const QVariantList &values) const;
    // BEGIN IMMEDIATE: the write lock up front, so a second writer waits (busy timeout)
    // here rather than failing halfway through its transaction.
    bool begin() const;
    // Commits, or rolls back when the commit fails; error() keeps the commit's reason.
    bool commit() const;
    void rollback() const;
    // Rolls the open transaction back and keeps reason for error(); returns false.
    bool rollBackWith(const QString &reason) const;

    // Runs steps[v..] for a component at version v, each step taking it from i to i + 1,
    // in one write transaction. The versions live in component_versions; an empty
    // component means the library's original single-row schema_version table.
    bool migrate(const QString &component, const QVector<QStringList> &steps);
    int version(const QString &component) const;

    // SQLite result codes that mean the file itself is bad (corrupt, not a database).
    static bool isDamage(const QSqlError &error);
    // SQLITE_BUSY or SQLITE_LOCKED: someone else holds the file.
    static bool isLock(const QSqlError &error);
    // What went wrong, in plain words: a full disk, a read-only file or a failed write said
    // as such (the change was not written, what was there before is kept), else SQLite's
    // own message without Qt's "Unable to fetch row".
    static QString describe(const QSqlError &error);

    // Values for NOT NULL text columns: Qt binds a null QString (or, made into text, an
    // invalid date) as SQL NULL; these columns hold empty text instead.
    static QVariant text(const QString &s);
    static QVariant date(const QDate &d); // ISO 8601
    static QVariant stamp(const QDateTime &t); // ISO 8601 in UTC

private:
    bool openConnection();
    Health checkHealth();
    bool useWriteAheadLog();
    bool moveAside();
    QString reportEarlierMoves();
    bool storeVersion(const QString &component, int version) const;

    QString m_path;
    QString m_what;
    QString m_connection;
    mutable QString m_error;
    QString m_movedAside;
    Health m_health = Health::Ok;
    int m_busyTimeoutMs = kBusyTimeoutMs;
    QSqlDatabase m_db;
};

} // namespace diptych
