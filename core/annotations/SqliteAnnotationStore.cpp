#include "annotations/SqliteAnnotationStore.h"

#include "annotations/PageAreaJson.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace diptych {

namespace {

// Each step takes the annotations schema from version i to i + 1; never edit a released
// step, add one.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {
        {QStringLiteral("CREATE TABLE annotations ("
                        " id TEXT PRIMARY KEY,"
                        " document TEXT NOT NULL,"
                        " kind TEXT NOT NULL,"
                        " color TEXT NOT NULL,"
                        " author TEXT NOT NULL DEFAULT '',"
                        " created TEXT NOT NULL,"
                        " modified TEXT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '',"
                        " quote_exact TEXT NOT NULL DEFAULT '',"
                        " quote_prefix TEXT NOT NULL DEFAULT '',"
                        " quote_suffix TEXT NOT NULL DEFAULT '',"
                        " position_start INTEGER NOT NULL DEFAULT -1,"
                        " position_end INTEGER NOT NULL DEFAULT -1,"
                        " areas TEXT NOT NULL DEFAULT '[]')"),
         QStringLiteral("CREATE INDEX annotations_document ON annotations(document)"),
         QStringLiteral("CREATE TABLE annotation_tags ("
                        " annotation TEXT NOT NULL,"
                        " position INTEGER NOT NULL,"
                        " tag TEXT NOT NULL,"
                        " PRIMARY KEY (annotation, position))"),
         QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag)")},
    };
    return steps;
}

// SQLite result codes (primary part) that mean the file itself is bad.
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

// Qt binds a null QString as SQL NULL; the columns hold empty text instead.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QString iso(const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); }

Annotation fromRecord(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toString();
    a.documentHash = q.value(1).toString();
    a.kind = annotationKindFromName(q.value(2).toString()).value_or(AnnotationKind::Highlight);
    a.color = QColor(q.value(3).toString());
    a.author = q.value(4).toString();
    a.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    a.modified = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.note = q.value(7).toString();
    a.quote = TextQuoteSelector{q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
    a.position = TextPositionSelector{q.value(11).toInt(), q.value(12).toInt()};
    a.areas = PageAreaJson::fromJson(QJsonDocument::fromJson(q.value(13).toByteArray()).array());
    return a;
}

const QString kColumns = QStringLiteral(
    "id, document, kind, color, author, created, modified, note, quote_exact, quote_prefix,"
    " quote_suffix, position_start, position_end, areas");

} // namespace

SqliteAnnotationStore::SqliteAnnotationStore(const QString &databasePath)
    : m_path(databasePath.isEmpty() ? LibraryStore::defaultDatabasePath() : databasePath)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("diptych-annotations-%1").arg(++counter);
}

SqliteAnnotationStore::~SqliteAnnotationStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

int SqliteAnnotationStore::currentSchemaVersion() { return migrations().size(); }

bool SqliteAnnotationStore::open()
{
    m_error.clear();
    m_movedAside.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QStringLiteral("Cannot create the folder for %1").arg(m_path);
        return false;
    }
    if (!openConnection())
        return false;
    const Health health = checkHealth();
    if (health == Health::Unavailable)
        return false;
    QString notice;
    if (health == Health::Damaged) {
        const QString reason = m_error;
        if (!moveAside() || !openConnection())
            return false;
        notice = QStringLiteral("The annotation database %1 was damaged (%2); it was moved to %3 "
                                "and a new one was started.")
                     .arg(m_path, reason, m_movedAside);
    }
    const bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
                    && exec(QStringLiteral("PRAGMA synchronous=FULL")) && migrate();
    if (ok)
        m_error = notice;
    return ok;
}

bool SqliteAnnotationStore::isOpen() const { return m_db.isValid() && m_db.isOpen(); }

bool SqliteAnnotationStore::openConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    else
        m_db = QSqlDatabase::database(m_connection, false);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

// SQLite opens any file; only reading it shows whether it is a database. A busy or locked
// database is not a damaged one.
SqliteAnnotationStore::Health SqliteAnnotationStore::checkHealth()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return isDamage(q.lastError()) ? Health::Damaged : Health::Unavailable;
    }
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok")) {
        m_error = result;
        return Health::Damaged;
    }
    return Health::Ok;
}

bool SqliteAnnotationStore::moveAside()
{
    m_db.close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        m_error = QStringLiteral("The annotation database %1 is damaged and could not be moved aside")
                      .arg(m_path);
        return false;
    }
    // The journal files belong to the damaged database; keep them beside it.
    for (const QString suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_movedAside = target;
    return true;
}

bool SqliteAnnotationStore::exec(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

// The write lock up front: with two writers, the second waits (busy timeout) here rather
// than failing at its first write.
bool SqliteAnnotationStore::begin() const { return exec(QStringLiteral("BEGIN IMMEDIATE")); }

bool SqliteAnnotationStore::commit() const
{
    if (exec(QStringLiteral("COMMIT")))
        return true;
    exec(QStringLiteral("ROLLBACK"));
    return false;
}

int SqliteAnnotationStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version FROM component_versions WHERE component = ?"));
    q.addBindValue(component());
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SqliteAnnotationStore::migrate()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS component_versions ("
                             " component TEXT PRIMARY KEY, version INTEGER NOT NULL)")))
        return false;
    if (!begin())
        return false;
    // Read inside the write transaction: another process may have migrated meanwhile.
    int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        exec(QStringLiteral("ROLLBACK"));
        m_error = QStringLiteral("The annotations were written by a newer Diptych (schema %1)").arg(version);
        return false;
    }
    bool ok = true;
    for (; ok && version < currentSchemaVersion(); ++version) {
        for (const QString &sql : migrations()[version])
            ok = ok && exec(sql);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO component_versions (component, version) VALUES (?, ?)"
                             " ON CONFLICT(component) DO UPDATE SET version = excluded.version"));
    q.addBindValue(component());
    q.addBindValue(version);
    if (ok && !q.exec()) {
        m_error = q.lastError().text();
        ok = false;
    }
    if (!ok) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return commit();
}

bool SqliteAnnotationStore::write(const Annotation &a) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO annotations (") + kColumns
              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT(id) DO UPDATE SET document = excluded.document,"
                               " kind = excluded.kind, color = excluded.color, author = excluded.author,"
                               " created = excluded.created, modified = excluded.modified,"
                               " note = excluded.note, quote_exact = excluded.quote_exact,"
                               " quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix,"
                               " position_start = excluded.position_start,"
                               " position_end = excluded.position_end, areas = excluded.areas"));
    for (const QVariant &v : QVariantList{a.id, text(a.documentHash), annotationKindName(a.kind),
                                          a.color.name(), text(a.author), iso(a.created), iso(a.modified),
                                          text(a.note), text(a.quote.exact), text(a.quote.prefix),
                                          text(a.quote.suffix),
                                          a.position.start, a.position.end,
                                          QJsonDocument(PageAreaJson::toJson(a.areas)).toJson(QJsonDocument::Compact)})
        q.addBindValue(v);
    QSqlQuery deleteTags(m_db);
    deleteTags.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation = ?"));
    deleteTags.addBindValue(a.id);
    if (!q.exec() || !deleteTags.exec()) {
        m_error = q.lastError().isValid() ? q.lastError().text() : deleteTags.lastError().text();
        return false;
    }
    for (int i = 0; i < a.tags.size(); ++i) {
        QSqlQuery tag(m_db);
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation, position, tag) VALUES (?, ?, ?)"));
        tag.addBindValue(a.id);
        tag.addBindValue(i);
        tag.addBindValue(text(a.tags[i]));
        if (!tag.exec()) {
            m_error = tag.lastError().text();
            return false;
        }
    }
    return true;
}

bool SqliteAnnotationStore::put(const Annotation &annotation) { return putAll({annotation}); }

bool SqliteAnnotationStore::putAll(const QVector<Annotation> &annotations)
{
    m_error.clear();
    if (!begin())
        return false;
    for (const Annotation &a : annotations) {
        if (a.id.isEmpty()) {
            m_error = QStringLiteral("An annotation without an id cannot be stored");
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (!write(a)) {
            const QString failure = m_error;
            exec(QStringLiteral("ROLLBACK"));
            m_error = failure;
            return false;
        }
    }
    return commit();
}

bool SqliteAnnotationStore::remove(const QString &id)
{
    m_error.clear();
    if (!begin())
        return false;
    for (const QString &table : {QStringLiteral("annotation_tags WHERE annotation"), QStringLiteral("annotations WHERE id")}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return commit();
}

QVector<Annotation> SqliteAnnotationStore::select(const QString &where, const QString &value) const
{
    m_error.clear();
    QVector<Annotation> out;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where + QStringLiteral(" = ?");
    // One read transaction: annotations and their tags from the same snapshot.
    exec(QStringLiteral("BEGIN"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM annotations") + filter
              + QStringLiteral(" ORDER BY created, id"));
    if (!where.isEmpty())
        q.addBindValue(value);
    QSqlQuery tags(m_db);
    tags.prepare(QStringLiteral("SELECT annotation, tag FROM annotation_tags WHERE annotation IN"
                                " (SELECT id FROM annotations") + filter + QStringLiteral(") ORDER BY annotation, position"));
    if (!where.isEmpty())
        tags.addBindValue(value);
    if (!q.exec() || !tags.exec()) {
        m_error = q.lastError().isValid() ? q.lastError().text() : tags.lastError().text();
        q.finish();
        tags.finish();
        exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    QHash<QString, QStringList> tagsOf;
    while (tags.next())
        tagsOf[tags.value(0).toString()].append(tags.value(1).toString());
    while (q.next()) {
        Annotation a = fromRecord(q);
        a.tags = tagsOf.value(a.id);
        out.append(a);
    }
    q.finish();
    tags.finish();
    exec(QStringLiteral("COMMIT"));
    return out;
}

std::optional<Annotation> SqliteAnnotationStore::byId(const QString &id) const
{
    const QVector<Annotation> found = select(QStringLiteral("id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
}

QVector<Annotation> SqliteAnnotationStore::byDocument(const QString &documentHash) const
{
    return select(QStringLiteral("document"), documentHash);
}

QVector<Annotation> SqliteAnnotationStore::all() const { return select(QString(), QString()); }

int SqliteAnnotationStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM annotations")) || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace diptych
