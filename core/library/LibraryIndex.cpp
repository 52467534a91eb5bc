#include "library/LibraryIndex.h"

#include "library/FtsQuery.h"
#include "library/SnippetLocator.h"
#include "library/SnippetMaker.h"
#include "links/MeetingNames.h"
#include "storage/SqliteDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace diptych {

namespace {

// Each step takes the index schema from version i to i + 1; never edit a released step,
// add one. The library's own table is called documents, so these carry an index_ prefix.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {{
        QStringLiteral("CREATE TABLE index_meetings ("
                       " id INTEGER PRIMARY KEY, type TEXT NOT NULL, start TEXT NOT NULL,"
                       " end_date TEXT NOT NULL, place TEXT NOT NULL, label TEXT NOT NULL,"
                       " UNIQUE (type, start, end_date, place))"),
        QStringLiteral("CREATE TABLE index_documents ("
                       " id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
                       " title TEXT NOT NULL, kind TEXT NOT NULL, format TEXT NOT NULL,"
                       " pages INTEGER NOT NULL, self_id TEXT NOT NULL,"
                       " meeting INTEGER REFERENCES index_meetings(id), indexed TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX index_documents_path ON index_documents(path)"),
        QStringLiteral("CREATE INDEX index_documents_meeting ON index_documents(meeting)"),
        QStringLiteral("CREATE INDEX index_documents_self_id ON index_documents(self_id)"),
        QStringLiteral("CREATE TABLE index_sections ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, level INTEGER NOT NULL,"
                       " number INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL,"
                       " page INTEGER NOT NULL, text_start INTEGER NOT NULL, text_end INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        QStringLiteral("CREATE TABLE index_footnotes ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, number INTEGER NOT NULL,"
                       " page INTEGER NOT NULL, text TEXT NOT NULL, call_offset INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        QStringLiteral("CREATE TABLE index_references ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, ref_id TEXT NOT NULL,"
                       " text TEXT NOT NULL, kind TEXT NOT NULL, footnote INTEGER NOT NULL,"
                       " page INTEGER NOT NULL, text_start INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        QStringLiteral("CREATE INDEX index_references_id ON index_references(ref_id)"),
        QStringLiteral("CREATE TABLE index_mentions ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, what TEXT NOT NULL,"
                       " name TEXT NOT NULL, place TEXT NOT NULL, start TEXT NOT NULL,"
                       " end_date TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,"
                       " footnote INTEGER NOT NULL, page INTEGER NOT NULL, text_start INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        // Case and accents folded: "oekraine" finds "Oekraïne". rowid = index_documents.id.
        QStringLiteral("CREATE VIRTUAL TABLE index_text USING fts5(title, body, notes,"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
    }};
    return steps;
}

const QStringList kItemTables = {QStringLiteral("index_sections"), QStringLiteral("index_footnotes"),
                                 QStringLiteral("index_references"), QStringLiteral("index_mentions")};

// Qt binds a null QString as SQL NULL; the columns hold empty text instead.
QVariant text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
QVariant date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral(""); }

constexpr int kSnippetWords = 16; // as snippet(..., 16)

bool hasMeeting(const Meeting &m) { return m.type != MeetingType::None || m.start.isValid(); }

} // namespace

LibraryIndex::LibraryIndex(const QString &databasePath)
    : m_db(std::make_unique<SqliteDatabase>(databasePath, QStringLiteral("library index")))
{
}

LibraryIndex::~LibraryIndex() = default;

int LibraryIndex::currentSchemaVersion() { return migrations().size(); }

bool LibraryIndex::open()
{
    if (!m_db->open())
        return false;
    const QString notice = m_db->error();
    // The index can always be rebuilt from the files: no fsync per document.
    if (!m_db->exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !m_db->migrate(component(), migrations()))
        return false;
    m_db->setError(notice);
    return true;
}

bool LibraryIndex::isOpen() const { return m_db->isOpen(); }
QString LibraryIndex::error() const { return m_db->error(); }
QString LibraryIndex::movedAsidePath() const { return m_db->movedAsidePath(); }

// Runs one prepared statement; on failure error() says why.
static bool run(const SqliteDatabase &db, QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    db.setError(q.lastError().text());
    return false;
}

static QVariant meetingId(const SqliteDatabase &db, const Meeting &m)
{
    if (!hasMeeting(m))
        return QVariant(QMetaType::fromType<qint64>());
    const QVariantList key = {text(meetingTypeName(m.type)), date(m.start), date(m.end), text(m.place)};
    QSqlQuery insert(db.handle());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO index_meetings (type, start, end_date, place, label)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery select(db.handle());
    select.prepare(QStringLiteral("SELECT id FROM index_meetings WHERE type = ? AND start = ?"
                                  " AND end_date = ? AND place = ?"));
    if (!run(db, insert, key + QVariantList{MeetingNames::meeting(m)}) || !run(db, select, key) || !select.next())
        return QVariant();
    return select.value(0);
}

static bool deleteDocument(const SqliteDatabase &db, const QString &column, const QString &value)
{
    QSqlQuery find(db.handle());
    find.prepare(QStringLiteral("SELECT id FROM index_documents WHERE ") + column + QStringLiteral(" = ?"));
    if (!run(db, find, {value}))
        return false;
    QVariantList ids;
    while (find.next())
        ids << find.value(0);
    for (const QVariant &id : ids) {
        for (const QString &table : kItemTables + QStringList{QStringLiteral("index_text WHERE rowid"),
                                                             QStringLiteral("index_documents WHERE id")}) {
            QSqlQuery del(db.handle());
            const QString where = table.contains(QLatin1String(" WHERE ")) ? QString() : QStringLiteral(" WHERE document");
            del.prepare(QStringLiteral("DELETE FROM ") + table + where + QStringLiteral(" = ?"));
            if (!run(db, del, {id}))
                return false;
        }
    }
    return true;
}

static bool insertItems(const SqliteDatabase &db, const QString &sql, const QVariant &document,
                        const QVector<QVariantList> &rows)
{
    QSqlQuery q(db.handle());
    q.prepare(sql);
    for (int i = 0; i < rows.size(); ++i) {
        if (!run(db, q, QVariantList{document, i} + rows[i]))
            return false;
    }
    return true;
}

static QVector<QVariantList> sectionRows(const Analysis &a)
{
    QVector<QVariantList> rows;
    for (const Section &s : a.sections)
        rows.append({s.level, s.number, text(s.label), text(s.title), s.at.page, s.at.start, s.at.end});
    return rows;
}

static QVector<QVariantList> footnoteRows(const Analysis &a)
{
    QVector<QVariantList> rows;
    for (const Footnote &f : a.footnotes)
        rows.append({f.number, f.at.page, text(f.text), f.calls.isEmpty() ? -1 : f.calls.first().at.start});
    return rows;
}

static QVector<QVariantList> referenceRows(const Analysis &a)
{
    QVector<QVariantList> rows;
    for (const Reference &r : a.references)
        rows.append({text(r.id), text(r.text), text(referenceKindName(r.kind)), r.footnote, r.at.page, r.at.start});
    return rows;
}

static QVector<QVariantList> mentionRows(const Analysis &a)
{
    QVector<QVariantList> rows;
    for (const Mention &m : a.mentions)
        rows.append({text(mentionKindName(m.what)), text(m.name), text(m.place), date(m.start), date(m.end), m.year,
                     m.month, m.footnote, m.at.page, m.at.start});
    return rows;
}

static bool insertDocument(const SqliteDatabase &db, const QString &path, const QString &hash,
                           const Analysis &a)
{
    const QVariant meeting = meetingId(db, a.meeting);
    if (!meeting.isValid())
        return false;
    QSqlQuery doc(db.handle());
    doc.prepare(QStringLiteral("INSERT INTO index_documents (hash, path, title, kind, format, pages, self_id,"
                               " meeting, indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(db, doc, {hash, text(path), text(a.title), kindName(a.kind), formatName(a.format), a.pageCount,
                       text(a.selfId), meeting, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return false;
    const QVariant id = doc.lastInsertId();
    QSqlQuery fts(db.handle());
    fts.prepare(QStringLiteral("INSERT INTO index_text (rowid, title, body, notes) VALUES (?, ?, ?, ?)"));
    return run(db, fts, {id, text(a.title), text(a.text), text(a.notesText)})
           && insertItems(db, QStringLiteral("INSERT INTO index_sections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), id,
                          sectionRows(a))
           && insertItems(db, QStringLiteral("INSERT INTO index_footnotes VALUES (?, ?, ?, ?, ?, ?)"), id,
                          footnoteRows(a))
           && insertItems(db, QStringLiteral("INSERT INTO index_references VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), id,
                          referenceRows(a))
           && insertItems(db, QStringLiteral("INSERT INTO index_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          id, mentionRows(a));
}

// Meetings no document points to any more.
static bool dropOrphanMeetings(const SqliteDatabase &db)
{
    return db.exec(QStringLiteral("DELETE FROM index_meetings WHERE id NOT IN"
                                  " (SELECT meeting FROM index_documents WHERE meeting IS NOT NULL)"));
}

bool LibraryIndex::indexDocument(const QString &path, const QString &hash, const Analysis &analysis)
{
    m_db->setError(QString());
    if (hash.isEmpty()) {
        m_db->setError(QStringLiteral("A document without a content hash cannot be indexed"));
        return false;
    }
    if (!m_db->begin())
        return false;
    // A changed file has a new hash: its old rows go by path; the same content moved goes by hash.
    const bool ok = deleteDocument(*m_db, QStringLiteral("path"), path)
                    && deleteDocument(*m_db, QStringLiteral("hash"), hash)
                    && insertDocument(*m_db, path, hash, analysis) && dropOrphanMeetings(*m_db);
    return ok ? m_db->commit() : m_db->rollBackWith(m_db->error());
}

bool LibraryIndex::isCurrent(const QString &path, const QString &hash) const
{
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("SELECT 1 FROM index_documents WHERE hash = ? AND path = ?"));
    return run(*m_db, q, {hash, path}) && q.next();
}

QString LibraryIndex::pathOf(const QString &hash) const
{
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("SELECT path FROM index_documents WHERE hash = ?"));
    return run(*m_db, q, {hash}) && q.next() ? q.value(0).toString() : QString();
}

bool LibraryIndex::removeDocument(const QString &hash)
{
    if (!m_db->begin())
        return false;
    const bool ok = deleteDocument(*m_db, QStringLiteral("hash"), hash) && dropOrphanMeetings(*m_db);
    return ok ? m_db->commit() : m_db->rollBackWith(m_db->error());
}

bool LibraryIndex::clear()
{
    if (!m_db->begin())
        return false;
    bool ok = true;
    for (const QString &table : kItemTables + QStringList{QStringLiteral("index_text"),
                                                         QStringLiteral("index_documents"),
                                                         QStringLiteral("index_meetings")})
        ok = ok && m_db->exec(QStringLiteral("DELETE FROM ") + table);
    return ok ? m_db->commit() : m_db->rollBackWith(m_db->error());
}

int LibraryIndex::documentCount() const
{
    QSqlQuery q(m_db->handle());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM index_documents")) || !q.next()) {
        m_db->setError(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

// Where a match in the footnotes sends the reader: the call site of that note.
static int footnoteCallOffset(const SqliteDatabase &db, qint64 document, const QString &notes, int at)
{
    const int lineStart = notes.lastIndexOf(QLatin1Char('\n'), at) + 1;
    const int number = notes.mid(lineStart, 8).section(QLatin1Char(' '), 0, 0).toInt();
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("SELECT call_offset FROM index_footnotes WHERE document = ? AND number = ?"));
    return run(db, q, {document, number}) && q.next() ? q.value(0).toInt() : -1;
}

// The columns every search row has, whichever query made it: 0-6 the letter, 7-9 the
// body and notes snippets and the title highlight (empty when made here), 10 the rank,
// 11-12 body and notes.
static const char kHitColumns[] = "d.id, d.hash, d.path, d.title, d.kind, m.label, m.start,";

static SearchHit hitFromRow(const SqliteDatabase &db, const QSqlQuery &q, const SnippetMaker *maker, double score)
{
    SearchHit hit;
    hit.documentHash = q.value(1).toString();
    hit.path = q.value(2).toString();
    hit.title = q.value(3).toString();
    hit.kind = q.value(4).toString();
    hit.meetingLabel = q.value(5).toString();
    hit.meetingStart = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    hit.rank = -score;
    const QString bodyText = q.value(11).toString();
    const QString notesText = q.value(12).toString();
    const QString body = maker ? maker->snippet(bodyText, kSnippetWords) : q.value(7).toString();
    const QString notes = maker ? maker->snippet(notesText, kSnippetWords) : q.value(8).toString();
    if (SnippetLocator::hasMatch(body)) {
        hit.snippet = SnippetLocator::forDisplay(body);
        hit.readingOffset = SnippetLocator::firstMatch(body, bodyText);
    } else if (SnippetLocator::hasMatch(notes)) {
        hit.snippet = SnippetLocator::forDisplay(notes);
        const int at = SnippetLocator::firstMatch(notes, notesText);
        hit.readingOffset = at < 0 ? -1 : footnoteCallOffset(db, q.value(0).toLongLong(), notesText, at);
    } else {
        hit.snippet = maker ? maker->highlight(hit.title) : q.value(9).toString();
        hit.readingOffset = 0;
    }
    return hit;
}

// Title hits weigh most; footnotes least. Snippets use control characters as markers
// (they never occur in the reading text) so the first match can be found again.
// Ordered by FTS5's own rank (bm25 with these weights) rather than by an expression:
// then FTS5 sorts inside the table and SQLite makes snippets only for the rows it keeps.
// Sorted by SQLite instead, every matching letter gets its snippets before the LIMIT,
// several times the cost of the search for a common word on 10,000 letters. The
// full-text table must be the outer loop for that (CROSS JOIN).
static QVector<SearchHit> rankedWithSnippets(const SqliteDatabase &db, const QString &match, int limit)
{
    QVector<SearchHit> hits;
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kHitColumns)
              + QStringLiteral(" snippet(index_text, 1, char(1), char(2), char(3), 16),"
                               " snippet(index_text, 2, char(1), char(2), char(3), 16),"
                               " highlight(index_text, 0, char(1), char(2)),"
                               " index_text.rank, index_text.body, index_text.notes"
                               " FROM index_text CROSS JOIN index_documents d ON d.id = index_text.rowid"
                               " LEFT JOIN index_meetings m ON m.id = d.meeting"
                               " WHERE index_text MATCH ? AND index_text.rank MATCH 'bm25(10.0, 1.0, 0.5)'"
                               " ORDER BY index_text.rank LIMIT ?"));
    if (!run(db, q, {match, limit}))
        return hits;
    while (q.next())
        hits.append(hitFromRow(db, q, nullptr, q.value(10).toDouble()));
    return hits;
}

// With a prefix term FTS5 expands the prefix again for every row it reads under the
// query, content and snippets included, and its own rank order costs more than SQLite's
// sorter ("bondgeno*" on 10,000 letters: 113 ms in one query, 42 ms so). So the ranking
// runs alone, the kept letters are read by rowid outside the query, and their snippets
// made here (SnippetMaker).
static QVector<SearchHit> rankedThenRead(const SqliteDatabase &db, const QString &match, const QString &query,
                                         int limit)
{
    QVector<SearchHit> hits;
    QSqlQuery ranked(db.handle());
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT rowid, bm25(index_text, 10.0, 1.0, 0.5) AS score FROM index_text"
                                  " WHERE index_text MATCH ? ORDER BY score LIMIT ?"));
    if (!run(db, ranked, {match, limit}))
        return hits;
    QVector<QPair<qint64, double>> best;
    while (ranked.next())
        best.append({ranked.value(0).toLongLong(), ranked.value(1).toDouble()});
    QSqlQuery row(db.handle());
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT ") + QLatin1String(kHitColumns)
                + QStringLiteral(" '', '', '', 0, t.body, t.notes FROM index_documents d"
                                 " CROSS JOIN index_text t ON t.rowid = d.id"
                                 " LEFT JOIN index_meetings m ON m.id = d.meeting WHERE d.id = ?"));
    const SnippetMaker maker(FtsQuery::parse(query));
    for (const auto &[id, score] : best) {
        if (!run(db, row, {id}))
            return {};
        if (row.next())
            hits.append(hitFromRow(db, row, &maker, score));
    }
    return hits;
}

QVector<SearchHit> LibraryIndex::search(const QString &query, int limit) const
{
    m_db->setError(QString());
    const QString match = FtsQuery::fromUserInput(query);
    if (match.isEmpty() || limit <= 0)
        return {};
    return FtsQuery::hasPrefix(query) ? rankedThenRead(*m_db, match, query, limit)
                                      : rankedWithSnippets(*m_db, match, limit);
}

} // namespace diptych
