#include "library/LibraryStore.h"

#include "library/LibraryDocuments.h"
#include "library/LibrarySchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace diptych {

LibraryStore::LibraryStore(const QString &databasePath)
    : m_db(databasePath.isEmpty() ? defaultDatabasePath() : databasePath, QStringLiteral("library"))
{
}

LibraryStore::~LibraryStore() = default;

QString LibraryStore::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

QString LibraryStore::defaultSamplesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/samples");
}

int LibraryStore::currentSchemaVersion() { return LibrarySchema::currentVersion(); }

bool LibraryStore::open()
{
    if (!m_db.open())
        return false;
    const QString notice = m_db.error();
    if (!LibrarySchema::migrate(m_db))
        return false;
    m_db.setError(notice);
    return true;
}

bool LibraryStore::isOpen() const { return m_db.isOpen(); }

int LibraryStore::schemaVersion() const { return LibrarySchema::version(m_db); }

bool LibraryStore::isEmpty() const { return LibraryDocuments::isEmpty(m_db); }

bool LibraryStore::add(const QString &hash, const QString &path)
{
    if (!m_db.begin())
        return false;
    return LibraryDocuments::add(m_db, hash, path) >= 0 ? m_db.commit() : m_db.rollBackWith(m_db.error());
}

bool LibraryStore::remove(const QString &hash)
{
    if (!m_db.begin())
        return false;
    return LibraryDocuments::remove(m_db, hash) ? m_db.commit() : m_db.rollBackWith(m_db.error());
}

bool LibraryStore::wasRemoved(const QString &letterId) const
{
    return LibraryDocuments::wasRemoved(m_db, QStringLiteral("id"), letterId);
}

bool LibraryStore::wasFileRemoved(const QString &hash) const
{
    return LibraryDocuments::wasRemoved(m_db, QStringLiteral("hash"), hash);
}

bool LibraryStore::setOfficialId(const QString &hash, const QString &officialId)
{
    if (!m_db.begin())
        return false;
    return LibraryDocuments::setOfficialId(m_db, hash, officialId) ? m_db.commit() : m_db.rollBackWith(m_db.error());
}

QVector<LibraryEntry> LibraryStore::entries() const { return LibraryDocuments::all(m_db); }

static std::optional<LibraryEntry> first(const QVector<LibraryEntry> &found)
{
    return found.isEmpty() ? std::nullopt : std::optional<LibraryEntry>(found.first());
}

std::optional<LibraryEntry> LibraryStore::byHash(const QString &hash) const
{
    return first(LibraryDocuments::where(m_db, QStringLiteral("hash"), hash));
}

std::optional<LibraryEntry> LibraryStore::bySelfId(const QString &selfId) const
{
    if (selfId.isEmpty())
        return std::nullopt;
    return first(LibraryDocuments::where(m_db, QStringLiteral("self_id"), selfId));
}

std::optional<LibraryEntry> LibraryStore::byPath(const QString &path) const
{
    return first(LibraryDocuments::where(m_db, QStringLiteral("path"), path));
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
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        out << target;
    }
    return out;
}

} // namespace diptych
