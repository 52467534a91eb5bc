#include "storage/SqliteDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace diptych {

SqliteDatabase::SqliteDatabase(const QString &path, const QString &what) : m_path(path), m_what(what)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("diptych-sqlite-%1").arg(++counter);
}

SqliteDatabase::~SqliteDatabase()
{
    close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteDatabase::open(bool fullSync)
{
    m_error.clear();
    m_movedAside.clear();
    m_health = Health::Ok;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QStringLiteral("Cannot create the folder for %1").arg(m_path);
        return false;
    }
    if (!openConnection())
        return false;
    m_health = checkHealth();
    if (m_health == Health::Locked)
        m_error = QStringLiteral("The %1 %2 is in use by another program (locked: %3); try again later")
                      .arg(m_what, m_path, m_error);
    if (m_health == Health::Locked || m_health == Health::Unavailable)
        return false;
    QString notice;
    if (m_health == Health::Damaged) {
        const QString reason = m_error;
        if (!moveAside())
            return false;
        if (!openConnection()) {
            // A full disk: the move worked, the new file did not. Say where the old one is.
            m_error = QStringLiteral("The %1 %2 was damaged (%3) and was moved to %4 with everything it held, your "
                                     "annotations included; a new one could not be started: %5")
                          .arg(m_what, m_path, reason, m_movedAside, m_error);
            return false;
        }
        notice = QStringLiteral("The %1 %2 was damaged (%3). It was moved to %4 with everything it held, your "
                                "annotations included, and a new one was started.")
                     .arg(m_what, m_path, reason, m_movedAside);
    }
    const bool ok = useWriteAheadLog() && (!fullSync || exec(QStringLiteral("PRAGMA synchronous=FULL")));
    if (!ok)
        return false;
    const QString earlier = reportEarlierMoves();
    m_error = earlier.isEmpty() ? notice : notice.isEmpty() ? earlier : notice + QLatin1Char(' ') + earlier;
    return true;
}

// A move aside whose new database could not be started (or whose message nobody saw) is
// reported on the next open that works, once: the moved files are listed in a table of
// their own.
QString SqliteDatabase::reportEarlierMoves()
{
    const QFileInfo info(m_path);
    const QStringList moved =
        info.dir().entryList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files, QDir::Name);
    if (moved.isEmpty()
        || !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS reported_damaged_files (path TEXT PRIMARY KEY)")))
        return QString();
    QStringList unreported;
    for (const QString &name : moved) {
        const QString path = info.dir().filePath(name);
        if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")))
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO reported_damaged_files (path) VALUES (?)"));
        q.addBindValue(path);
        // The file moved by this open is reported by open() itself.
        if (q.exec() && q.numRowsAffected() > 0 && path != m_movedAside)
            unreported << path;
    }
    if (unreported.isEmpty())
        return QString();
    return QStringLiteral("An earlier damaged %1 was moved to %2 with everything it held, your annotations included.")
        .arg(m_what, unreported.join(QStringLiteral(", ")));
}

// SQLite does not wait for a lock while switching the journal mode, as it does for other
// statements: with another process opening the same new file at this moment the switch
// fails at once. So this waits itself, as long as the busy timeout would.
bool SqliteDatabase::useWriteAheadLog()
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return true;
        m_error = describe(q.lastError());
        if (!isLock(q.lastError()) || waited.elapsed() > m_busyTimeoutMs)
            return false;
        QThread::msleep(20);
    }
}

bool SqliteDatabase::isOpen() const { return m_db.isValid() && m_db.isOpen(); }

void SqliteDatabase::close()
{
    if (m_db.isValid())
        m_db.close();
}

bool SqliteDatabase::openConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    else
        m_db = QSqlDatabase::database(m_connection, false);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        m_error = describe(m_db.lastError());
        return false;
    }
    return true;
}

bool SqliteDatabase::isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

bool SqliteDatabase::isLock(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

QString SqliteDatabase::describe(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return QStringLiteral("the disk is full (%1): this change was not written, what was stored before is "
                              "unchanged; make room and try again")
            .arg(detail);
    case 8: // SQLITE_READONLY
        return QStringLiteral("the database cannot be written, it is read-only (%1)").arg(detail);
    case 10: // SQLITE_IOERR
        return QStringLiteral("the disk could not be written or read (%1): this change was not written").arg(detail);
    default: return detail;
    }
}

// SQLite opens any file; only reading it shows whether it is a database. A busy or locked
// database is not a damaged one: moving it aside would take another process's data away.
SqliteDatabase::Health SqliteDatabase::checkHealth()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = describe(q.lastError());
        if (isDamage(q.lastError()))
            return Health::Damaged;
        return isLock(q.lastError()) ? Health::Locked : Health::Unavailable;
    }
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok")) {
        m_error = result;
        return Health::Damaged;
    }
    return Health::Ok;
}

bool SqliteDatabase::moveAside()
{
    m_db.close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        m_error = QStringLiteral("The %1 %2 is damaged and could not be moved aside").arg(m_what, m_path);
        return false;
    }
    // The journal files belong to the damaged database; keep them beside it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_movedAside = target;
    return true;
}

bool SqliteDatabase::exec(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = describe(q.lastError());
        return false;
    }
    return true;
}

bool SqliteDatabase::run(QSqlQuery &query, const QVariantList &values) const
{
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (query.exec())
        return true;
    m_error = describe(query.lastError());
    return false;
}

bool SqliteDatabase::begin() const { return exec(QStringLiteral("BEGIN IMMEDIATE")); }

bool SqliteDatabase::commit() const { return exec(QStringLiteral("COMMIT")) || rollBackWith(m_error); }

bool SqliteDatabase::rollBackWith(const QString &reason) const
{
    rollback();
    m_error = reason;
    return false;
}

void SqliteDatabase::rollback() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

int SqliteDatabase::version(const QString &component) const
{
    QSqlQuery q(m_db);
    if (component.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
            return 0;
        return q.value(0).toInt();
    }
    q.prepare(QStringLiteral("SELECT version FROM component_versions WHERE component = ?"));
    q.addBindValue(component);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SqliteDatabase::storeVersion(const QString &component, int version) const
{
    QSqlQuery q(m_db);
    if (component.isEmpty()) {
        if (!exec(QStringLiteral("DELETE FROM schema_version")))
            return false;
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO component_versions (component, version) VALUES (?, ?)"
                                 " ON CONFLICT(component) DO UPDATE SET version = excluded.version"));
        q.addBindValue(component);
    }
    q.addBindValue(version);
    if (!q.exec()) {
        m_error = describe(q.lastError());
        return false;
    }
    return true;
}

bool SqliteDatabase::migrate(const QString &component, const QVector<QStringList> &steps)
{
    const QString table = component.isEmpty() ? QStringLiteral("schema_version (version INTEGER NOT NULL)")
                                              : QStringLiteral("component_versions (component TEXT PRIMARY KEY,"
                                                               " version INTEGER NOT NULL)");
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ") + table) || !begin())
        return false;
    // Read inside the write transaction: another process may have migrated meanwhile.
    int current = version(component);
    if (current > steps.size())
        return rollBackWith(
            QStringLiteral("The %1 was written by a newer Diptych (schema %2)").arg(m_what).arg(current));
    bool ok = true;
    for (; ok && current < steps.size(); ++current) {
        for (const QString &sql : steps[current])
            ok = ok && exec(sql);
    }
    if (!ok || !storeVersion(component, current))
        return rollBackWith(m_error);
    return commit();
}

QVariant SqliteDatabase::text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QVariant SqliteDatabase::date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral(""); }

QVariant SqliteDatabase::stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

} // namespace diptych
