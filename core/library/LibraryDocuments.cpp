#include "library/LibraryDocuments.h"

#include "storage/SqliteDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace diptych {

namespace {

// The meeting's row, made when new; a null id for a letter without a meeting, an invalid
// QVariant on failure.
QVariant meetingId(const SqliteDatabase &db, const LibraryEntry &e)
{
    if (!e.hasMeeting())
        return QVariant(QMetaType::fromType<qint64>());
    const Meeting &m = e.meeting;
    const QVariantList key = {SqliteDatabase::text(meetingTypeName(m.type)), SqliteDatabase::date(m.start),
                              SqliteDatabase::date(m.end), SqliteDatabase::text(m.place)};
    QSqlQuery insert(db.handle());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO meetings (type, start, end_date, place) VALUES (?, ?, ?, ?)"));
    QSqlQuery select(db.handle());
    select.prepare(
        QStringLiteral("SELECT id FROM meetings WHERE type = ? AND start = ? AND end_date = ? AND place = ?"));
    if (!db.run(insert, key) || !db.run(select, key) || !select.next())
        return QVariant();
    return select.value(0);
}

bool dropOrphanMeetings(const SqliteDatabase &db)
{
    return db.exec(QStringLiteral("DELETE FROM meetings WHERE id NOT IN"
                                  " (SELECT meeting FROM documents WHERE meeting IS NOT NULL)"));
}

// The letter's id: the one it was fetched by, else the one its pages print.
const QString kLetterId = QStringLiteral("COALESCE(NULLIF(d.official_id, ''), d.self_id)");

QDateTime stampFrom(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }
QDate dateFrom(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace

qint64 LibraryDocuments::put(const SqliteDatabase &db, const LibraryEntry &e)
{
    const QVariant meeting = meetingId(db, e);
    if (!meeting.isValid())
        return -1;
    const QDateTime added = e.added.isValid() ? e.added : QDateTime::currentDateTimeUtc();
    QSqlQuery upsert(db.handle());
    upsert.prepare(QStringLiteral(
        "INSERT INTO documents (hash, path, title, kind, doc_type, format, pages, self_id, meeting, added, analysed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO UPDATE SET path = excluded.path,"
        " title = excluded.title, kind = excluded.kind, doc_type = excluded.doc_type, format = excluded.format,"
        " pages = excluded.pages, self_id = excluded.self_id, meeting = excluded.meeting,"
        " analysed = excluded.analysed"));
    const bool analysed = e.isAnalysed();
    using Db = SqliteDatabase;
    if (!db.run(upsert, {e.hash, Db::text(e.path), Db::text(e.title), kindName(e.kind),
                         analysed ? docTypeName(e.docType) : QString(""), analysed ? formatName(e.format) : QString(""),
                         e.pages, Db::text(e.selfId), meeting, Db::stamp(added), Db::stamp(e.analysed)}))
        return -1;
    QSqlQuery id(db.handle());
    id.prepare(QStringLiteral("SELECT id FROM documents WHERE hash = ?"));
    if (!db.run(id, {e.hash}) || !id.next() || !dropOrphanMeetings(db) || !forgetRemoved(db, e.hash, e.selfId))
        return -1;
    return id.value(0).toLongLong();
}

qint64 LibraryDocuments::add(const SqliteDatabase &db, const QString &hash, const QString &path)
{
    QSqlQuery insert(db.handle());
    insert.prepare(
        QStringLiteral("INSERT INTO documents (hash, path, added) VALUES (?, ?, ?) ON CONFLICT(hash) DO NOTHING"));
    QSqlQuery id(db.handle());
    id.prepare(QStringLiteral("SELECT id FROM documents WHERE hash = ?"));
    if (!db.run(insert, {hash, SqliteDatabase::text(path), SqliteDatabase::stamp(QDateTime::currentDateTimeUtc())})
        || !db.run(id, {hash}) || !id.next() || !forgetRemoved(db, hash, QString()))
        return -1;
    return id.value(0).toLongLong();
}

bool LibraryDocuments::setOfficialId(const SqliteDatabase &db, const QString &hash, const QString &officialId)
{
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("UPDATE documents SET official_id = ? WHERE hash = ?"));
    return db.run(q, {SqliteDatabase::text(officialId), hash}) && forgetRemoved(db, hash, officialId);
}

bool LibraryDocuments::remove(const SqliteDatabase &db, const QString &hash)
{
    QSqlQuery remember(db.handle());
    remember.prepare(QStringLiteral("INSERT OR REPLACE INTO removed_letters (hash, id, removed) SELECT d.hash, ")
                     + kLetterId + QStringLiteral(", ? FROM documents d WHERE d.hash = ?"));
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("DELETE FROM documents WHERE hash = ?"));
    return db.run(remember, {SqliteDatabase::stamp(QDateTime::currentDateTimeUtc()), hash}) && db.run(q, {hash})
           && dropOrphanMeetings(db);
}

bool LibraryDocuments::wasRemoved(const SqliteDatabase &db, const QString &column, const QString &value)
{
    Q_ASSERT(column == QLatin1String("hash") || column == QLatin1String("id"));
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("SELECT 1 FROM removed_letters WHERE ") + column + QStringLiteral(" = ? AND ") + column
              + QStringLiteral(" <> ''"));
    return db.run(q, {value}) && q.next();
}

// A letter in the library again, by its bytes or its id, is no longer one the reader removed.
bool LibraryDocuments::forgetRemoved(const SqliteDatabase &db, const QString &hash, const QString &letterId)
{
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("DELETE FROM removed_letters WHERE hash = ? OR (id <> '' AND id = ?)"));
    return db.run(q, {hash, SqliteDatabase::text(letterId)});
}

bool LibraryDocuments::setIndexed(const SqliteDatabase &db, qint64 id, const QDateTime &when)
{
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("UPDATE documents SET indexed = ? WHERE id = ?"));
    return db.run(q, {SqliteDatabase::stamp(when), id});
}

bool LibraryDocuments::setNoneIndexed(const SqliteDatabase &db)
{
    return db.exec(QStringLiteral("UPDATE documents SET indexed = ''"));
}

QVector<LibraryEntry> LibraryDocuments::select(const SqliteDatabase &db, const QString &condition,
                                               const QVariantList &values)
{
    QVector<LibraryEntry> out;
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + entryColumns()
              + QStringLiteral(" FROM documents d LEFT JOIN meetings m ON m.id = d.meeting") + condition
              + QStringLiteral(" ORDER BY d.added, d.path"));
    if (!db.run(q, values))
        return out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

QVector<LibraryEntry> LibraryDocuments::all(const SqliteDatabase &db) { return select(db, QString(), {}); }

QVector<LibraryEntry> LibraryDocuments::where(const SqliteDatabase &db, const QString &column, const QString &value)
{
    static const QStringList columns = {QStringLiteral("hash"), QStringLiteral("path"), QStringLiteral("self_id")};
    Q_ASSERT(columns.contains(column));
    if (!columns.contains(column))
        return {};
    const QString compared = column == QLatin1String("self_id") ? kLetterId : QStringLiteral("d.") + column;
    return select(db, QStringLiteral(" WHERE ") + compared + QStringLiteral(" = ?"), {value});
}

bool LibraryDocuments::isEmpty(const SqliteDatabase &db)
{
    QSqlQuery q(db.handle());
    return !q.exec(QStringLiteral("SELECT 1 FROM documents LIMIT 1")) || !q.next();
}

int LibraryDocuments::indexedCount(const SqliteDatabase &db)
{
    QSqlQuery q(db.handle());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM documents WHERE indexed <> ''")) || !q.next()) {
        db.setError(SqliteDatabase::describe(q.lastError()));
        return -1;
    }
    return q.value(0).toInt();
}

QString LibraryDocuments::entryColumns()
{
    return QStringLiteral("d.id, d.hash, d.path, d.title, d.kind, d.doc_type, d.format, d.pages, ") + kLetterId
           + QStringLiteral(", d.added, d.analysed, d.indexed, m.type, m.start, m.end_date, m.place");
}

// The letter, then its meeting (null when it has none).
LibraryEntry LibraryDocuments::entryFrom(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int column) { return q.value(first + column); };
    LibraryEntry e;
    e.id = at(0).toLongLong();
    e.hash = at(1).toString();
    e.path = at(2).toString();
    e.title = at(3).toString();
    e.kind = kindFromName(at(4).toString());
    e.docType = docTypeFromName(at(5).toString());
    e.format = formatFromName(at(6).toString());
    e.pages = at(7).toInt();
    e.selfId = at(8).toString();
    e.added = stampFrom(at(9));
    e.analysed = stampFrom(at(10));
    e.indexed = stampFrom(at(11));
    e.meeting.type = meetingTypeFromName(at(12).toString());
    e.meeting.start = dateFrom(at(13));
    e.meeting.end = dateFrom(at(14));
    e.meeting.place = at(15).toString();
    return e;
}

} // namespace diptych
