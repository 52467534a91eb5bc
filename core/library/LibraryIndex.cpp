#include "library/LibraryIndex.h"

#include "library/FtsQuery.h"
#include "library/LibraryDocuments.h"
#include "library/LibraryEntry.h"
#include "library/LibrarySchema.h"
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

const QStringList kItemTables = {QStringLiteral("index_sections"), QStringLiteral("index_footnotes"),
                                 QStringLiteral("index_references"), QStringLiteral("index_mentions")};

// The row builders below bind these on nearly every column.
QVariant text(const QString &s) { return SqliteDatabase::text(s); }
QVariant date(const QDate &d) { return SqliteDatabase::date(d); }

constexpr int kSnippetWords = 16; // as snippet(..., 16)

} // namespace

LibraryIndex::LibraryIndex(const QString &databasePath)
    : m_db(std::make_unique<SqliteDatabase>(databasePath, QStringLiteral("library index")))
{
}

LibraryIndex::~LibraryIndex() = default;

bool LibraryIndex::open()
{
    if (!m_db->open())
        return false;
    const QString notice = m_db->error();
    // The index can always be rebuilt from the files: no fsync per document.
    if (!m_db->exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !LibrarySchema::migrate(*m_db))
        return false;
    m_db->setError(notice);
    return true;
}

bool LibraryIndex::isOpen() const { return m_db->isOpen(); }
QString LibraryIndex::error() const { return m_db->error(); }
QString LibraryIndex::movedAsidePath() const { return m_db->movedAsidePath(); }

// The letter's search rows; the letter stays in the library.
static bool deleteSearchRows(const SqliteDatabase &db, const QVariant &id)
{
    for (const QString &table : kItemTables + QStringList{QStringLiteral("index_text")}) {
        QSqlQuery del(db.handle());
        const QString column =
            table == QLatin1String("index_text") ? QStringLiteral("rowid") : QStringLiteral("document");
        del.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + column
                    + QStringLiteral(" = ?"));
        if (!db.run(del, {id}))
            return false;
    }
    return LibraryDocuments::setIndexed(db, id.toLongLong(), QDateTime());
}

// A changed file has a new hash: the search rows of what the path held before go, so a
// search finds the file's present words only. Those letters stay in the library, with
// whatever annotations were made on them.
static bool deleteStaleSearchRows(const SqliteDatabase &db, const QString &path, qint64 current)
{
    QSqlQuery find(db.handle());
    find.prepare(QStringLiteral("SELECT id FROM documents WHERE path = ? AND id <> ? AND indexed <> ''"));
    if (!db.run(find, {path, current}))
        return false;
    QVariantList ids;
    while (find.next())
        ids << find.value(0);
    for (const QVariant &id : ids) {
        if (!deleteSearchRows(db, id))
            return false;
    }
    return true;
}

static bool insertItems(const SqliteDatabase &db, const QString &sql, const QVariant &document,
                        const QVector<QVariantList> &rows)
{
    QSqlQuery q(db.handle());
    q.prepare(sql);
    for (int i = 0; i < rows.size(); ++i) {
        if (!db.run(q, QVariantList{document, i} + rows[i]))
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

static bool insertSearchRows(const SqliteDatabase &db, qint64 document, const Analysis &a)
{
    const QVariant id = document;
    QSqlQuery fts(db.handle());
    fts.prepare(QStringLiteral("INSERT INTO index_text (rowid, title, body, notes) VALUES (?, ?, ?, ?)"));
    return db.run(fts, {id, text(a.title), text(a.text), text(a.notesText)})
           && insertItems(db, QStringLiteral("INSERT INTO index_sections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), id,
                          sectionRows(a))
           && insertItems(db, QStringLiteral("INSERT INTO index_footnotes VALUES (?, ?, ?, ?, ?, ?)"), id,
                          footnoteRows(a))
           && insertItems(db, QStringLiteral("INSERT INTO index_references VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), id,
                          referenceRows(a))
           && insertItems(db, QStringLiteral("INSERT INTO index_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          id, mentionRows(a))
           && LibraryDocuments::setIndexed(db, document, QDateTime::currentDateTimeUtc());
}

// The letter's facts go to the library's documents table (LibraryDocuments, the one
// writer), its search rows beside them, in one transaction.
bool LibraryIndex::indexDocument(const QString &path, const QString &hash, const Analysis &analysis)
{
    m_db->setError(QString());
    if (hash.isEmpty()) {
        m_db->setError(QStringLiteral("A document without a content hash cannot be indexed"));
        return false;
    }
    if (!m_db->begin())
        return false;
    const qint64 id = LibraryDocuments::put(*m_db, LibraryEntry::fromAnalysis(hash, path, analysis));
    const bool ok = id >= 0 && deleteSearchRows(*m_db, id) && deleteStaleSearchRows(*m_db, path, id)
                    && insertSearchRows(*m_db, id, analysis);
    return ok ? m_db->commit() : m_db->rollBackWith(m_db->error());
}

bool LibraryIndex::isCurrent(const QString &path, const QString &hash) const
{
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE hash = ? AND path = ? AND indexed <> ''"));
    return m_db->run(q, {hash, path}) && q.next();
}

bool LibraryIndex::hasFacts(const QString &path, const QString &hash) const
{
    QSqlQuery q(m_db->handle());
    q.prepare(
        QStringLiteral("SELECT 1 FROM documents WHERE hash = ? AND path = ? AND indexed <> '' AND analysed <> ''"));
    return m_db->run(q, {hash, path}) && q.next();
}

QString LibraryIndex::pathOf(const QString &hash) const
{
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("SELECT path FROM documents WHERE hash = ? AND indexed <> ''"));
    return m_db->run(q, {hash}) && q.next() ? q.value(0).toString() : QString();
}

bool LibraryIndex::removeSearchRows(const QString &hash)
{
    if (!m_db->begin())
        return false;
    QSqlQuery find(m_db->handle());
    find.prepare(QStringLiteral("SELECT id FROM documents WHERE hash = ?"));
    const bool ok = m_db->run(find, {hash}) && (!find.next() || deleteSearchRows(*m_db, find.value(0)));
    return ok ? m_db->commit() : m_db->rollBackWith(m_db->error());
}

bool LibraryIndex::clear()
{
    if (!m_db->begin())
        return false;
    bool ok = LibraryDocuments::setNoneIndexed(*m_db);
    for (const QString &table : kItemTables + QStringList{QStringLiteral("index_text")})
        ok = ok && m_db->exec(QStringLiteral("DELETE FROM ") + table);
    return ok ? m_db->commit() : m_db->rollBackWith(m_db->error());
}

int LibraryIndex::documentCount() const { return LibraryDocuments::indexedCount(*m_db); }

// Where a match in the footnotes sends the reader: the call site of that note.
static int footnoteCallOffset(const SqliteDatabase &db, qint64 document, const QString &notes, int at)
{
    const int lineStart = notes.lastIndexOf(QLatin1Char('\n'), at) + 1;
    const int number = notes.mid(lineStart, 8).section(QLatin1Char(' '), 0, 0).toInt();
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("SELECT call_offset FROM index_footnotes WHERE document = ? AND number = ?"));
    return db.run(q, {document, number}) && q.next() ? q.value(0).toInt() : -1;
}

// The columns every search row has, whichever query made it: the letter and its meeting
// (LibraryDocuments::entryColumns()), then from kHit on the body and notes snippets and the
// title highlight (empty when made here), the rank, body and notes.
constexpr int kHit = LibraryDocuments::kEntryColumns;
enum HitColumn { BodySnippet = kHit, NotesSnippet, TitleHighlight, Rank, Body, Notes };

static SearchHit hitFromRow(const SqliteDatabase &db, const QSqlQuery &q, const SnippetMaker *maker, double score)
{
    const LibraryEntry letter = LibraryDocuments::entryFrom(q);
    SearchHit hit;
    hit.documentHash = letter.hash;
    hit.path = letter.path;
    hit.title = letter.title;
    hit.kind = kindName(letter.kind);
    hit.meetingLabel = letter.hasMeeting() ? MeetingNames::meeting(letter.meeting) : QString();
    hit.meetingStart = letter.meeting.start;
    hit.rank = -score;
    const QString bodyText = q.value(Body).toString();
    const QString notesText = q.value(Notes).toString();
    const QString body = maker ? maker->snippet(bodyText, kSnippetWords) : q.value(BodySnippet).toString();
    const QString notes = maker ? maker->snippet(notesText, kSnippetWords) : q.value(NotesSnippet).toString();
    if (SnippetLocator::hasMatch(body)) {
        hit.snippet = SnippetLocator::forDisplay(body);
        hit.readingOffset = SnippetLocator::firstMatch(body, bodyText);
    } else if (SnippetLocator::hasMatch(notes)) {
        hit.snippet = SnippetLocator::forDisplay(notes);
        const int at = SnippetLocator::firstMatch(notes, notesText);
        hit.readingOffset = at < 0 ? -1 : footnoteCallOffset(db, letter.id, notesText, at);
    } else {
        hit.snippet = maker ? maker->highlight(hit.title) : q.value(TitleHighlight).toString();
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
    q.prepare(QStringLiteral("SELECT ") + LibraryDocuments::entryColumns()
              + QStringLiteral(", snippet(index_text, 1, char(1), char(2), char(3), 16),"
                               " snippet(index_text, 2, char(1), char(2), char(3), 16),"
                               " highlight(index_text, 0, char(1), char(2)),"
                               " index_text.rank, index_text.body, index_text.notes"
                               " FROM index_text CROSS JOIN documents d ON d.id = index_text.rowid"
                               " LEFT JOIN meetings m ON m.id = d.meeting"
                               " WHERE index_text MATCH ? AND index_text.rank MATCH 'bm25(10.0, 1.0, 0.5)'"
                               " ORDER BY index_text.rank LIMIT ?"));
    if (!db.run(q, {match, limit}))
        return hits;
    while (q.next())
        hits.append(hitFromRow(db, q, nullptr, q.value(Rank).toDouble()));
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
    if (!db.run(ranked, {match, limit}))
        return hits;
    QVector<QPair<qint64, double>> best;
    while (ranked.next())
        best.append({ranked.value(0).toLongLong(), ranked.value(1).toDouble()});
    QSqlQuery row(db.handle());
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT ") + LibraryDocuments::entryColumns()
                + QStringLiteral(", '', '', '', 0, t.body, t.notes FROM documents d"
                                 " CROSS JOIN index_text t ON t.rowid = d.id"
                                 " LEFT JOIN meetings m ON m.id = d.meeting WHERE d.id = ?"));
    const SnippetMaker maker(FtsQuery::parse(query));
    for (const auto &[id, score] : best) {
        if (!db.run(row, {id}))
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
