#include "library/LibraryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace diptych {

namespace {

// Each step takes the schema from version i to i + 1; never edit a step once released,
// add a new one.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {
        {QStringLiteral("CREATE TABLE documents ("
                        " hash TEXT PRIMARY KEY,"
                        " path TEXT NOT NULL,"
                        " title TEXT NOT NULL DEFAULT '',"
                        " kind TEXT NOT NULL DEFAULT 'other',"
                        " meeting_type TEXT NOT NULL DEFAULT '',"
                        " meeting_start TEXT NOT NULL DEFAULT '',"
                        " meeting_end TEXT NOT NULL DEFAULT '',"
                        " meeting_place TEXT NOT NULL DEFAULT '',"
                        " added TEXT NOT NULL)")},
        // The references panel opens a cited letter by its official id.
        {QStringLiteral("ALTER TABLE documents ADD COLUMN self_id TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX documents_self_id ON documents(self_id)")},
    };
    return steps;
}

DocumentKind kindFromName(const QString &name)
{
    if (name == QLatin1String("agenda"))
        return DocumentKind::Agenda;
    if (name == QLatin1String("verslag"))
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

LibraryEntry entryFromRecord(const QSqlQuery &q)
{
    LibraryEntry e;
    e.hash = q.value(QStringLiteral("hash")).toString();
    e.path = q.value(QStringLiteral("path")).toString();
    e.title = q.value(QStringLiteral("title")).toString();
    e.kind = kindFromName(q.value(QStringLiteral("kind")).toString());
    e.meeting.type = meetingTypeFromName(q.value(QStringLiteral("meeting_type")).toString());
    e.meeting.start = QDate::fromString(q.value(QStringLiteral("meeting_start")).toString(), Qt::ISODate);
    e.meeting.end = QDate::fromString(q.value(QStringLiteral("meeting_end")).toString(), Qt::ISODate);
    e.meeting.place = q.value(QStringLiteral("meeting_place")).toString();
    e.selfId = q.value(QStringLiteral("self_id")).toString();
    e.added = QDateTime::fromString(q.value(QStringLiteral("added")).toString(), Qt::ISODate);
    return e;
}

} // namespace

LibraryStore::LibraryStore(const QString &databasePath)
    : m_db(databasePath.isEmpty() ? defaultDatabasePath() : databasePath, QStringLiteral("library"))
{
}

LibraryStore::~LibraryStore() = default;

QString LibraryStore::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/library.sqlite");
}

QString LibraryStore::defaultSamplesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/samples");
}

int LibraryStore::currentSchemaVersion() { return migrations().size(); }

// The library was the database's first user: its version lives in schema_version (the
// empty component), the others' in component_versions.
bool LibraryStore::open()
{
    if (!m_db.open())
        return false;
    const QString notice = m_db.error();
    if (!m_db.migrate(QString(), migrations()))
        return false;
    m_db.setError(notice);
    return true;
}

bool LibraryStore::isOpen() const { return m_db.isOpen(); }

int LibraryStore::schemaVersion() const { return m_db.version(QString()); }

bool LibraryStore::isEmpty() const
{
    QSqlQuery q(m_db.handle());
    return !q.exec(QStringLiteral("SELECT 1 FROM documents LIMIT 1")) || !q.next();
}

bool LibraryStore::put(const LibraryEntry &entry)
{
    const std::optional<LibraryEntry> known = byHash(entry.hash);
    QDateTime added = known ? known->added : entry.added;
    if (!added.isValid())
        added = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO documents (hash, path, title, kind, meeting_type, meeting_start,"
        " meeting_end, meeting_place, self_id, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.hash);
    q.addBindValue(entry.path);
    q.addBindValue(entry.title);
    q.addBindValue(kindName(entry.kind));
    q.addBindValue(meetingTypeName(entry.meeting.type));
    q.addBindValue(entry.meeting.start.toString(Qt::ISODate));
    q.addBindValue(entry.meeting.end.toString(Qt::ISODate));
    q.addBindValue(entry.meeting.place);
    q.addBindValue(entry.selfId);
    q.addBindValue(added.toString(Qt::ISODate));
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return false;
    }
    return true;
}

bool LibraryStore::remove(const QString &hash)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM documents WHERE hash = ?"));
    q.addBindValue(hash);
    return q.exec();
}

QVector<LibraryEntry> LibraryStore::select(const QString &where, const QString &value) const
{
    QVector<LibraryEntry> out;
    QSqlQuery q(m_db.handle());
    QString sql = QStringLiteral("SELECT * FROM documents");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where + QStringLiteral(" = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY added, path"));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFromRecord(q));
    return out;
}

QVector<LibraryEntry> LibraryStore::entries() const { return select(QString(), QString()); }

std::optional<LibraryEntry> LibraryStore::byHash(const QString &hash) const
{
    const QVector<LibraryEntry> found = select(QStringLiteral("hash"), hash);
    return found.isEmpty() ? std::nullopt : std::optional<LibraryEntry>(found.first());
}

std::optional<LibraryEntry> LibraryStore::bySelfId(const QString &selfId) const
{
    if (selfId.isEmpty())
        return std::nullopt;
    const QVector<LibraryEntry> found = select(QStringLiteral("self_id"), selfId);
    return found.isEmpty() ? std::nullopt : std::optional<LibraryEntry>(found.first());
}

std::optional<LibraryEntry> LibraryStore::byPath(const QString &path) const
{
    const QVector<LibraryEntry> found = select(QStringLiteral("path"), path);
    return found.isEmpty() ? std::nullopt : std::optional<LibraryEntry>(found.first());
}

QString LibraryStore::hashFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QStringList LibraryStore::copySamples(const QString &fromDir, const QString &toDir, QString *error)
{
    QStringList out;
    if (!QDir().mkpath(toDir)) {
        if (error)
            *error = QStringLiteral("Cannot create %1").arg(toDir);
        return out;
    }
    const QStringList names = QDir(fromDir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString target = toDir + QLatin1Char('/') + name;
        if (!QFileInfo::exists(target)) {
            if (!QFile::copy(fromDir + QLatin1Char('/') + name, target)) {
                if (error)
                    *error = QStringLiteral("Cannot copy %1 to %2").arg(name, toDir);
                continue;
            }
            // Copies from a Qt resource are read-only; the user owns this copy.
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                              | QFile::ReadOther);
        }
        out << target;
    }
    return out;
}

} // namespace diptych
