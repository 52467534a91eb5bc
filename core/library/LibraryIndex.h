#pragma once

#include "model/Analysis.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <memory>

namespace diptych {

class SqliteDatabase;

// One document that matches a library search.
struct SearchHit {
    QString documentHash;
    QString path;
    QString title;
    QString kind;           // "agenda", "verslag", "other"
    QString meetingLabel;   // "FMM Brussel 3-4 april 2024"; empty when the letter names no meeting
    QDate meetingStart;     // invalid when unknown
    int readingOffset = -1; // first match in Analysis::text (a footnote match: its call site); -1 unknown
    QString snippet;        // plain text with the matched terms wrapped in \x01 ... \x02 markers
    double rank = 0;        // higher is better (negated bm25)
};

// The library's search index: documents, meetings, sections, footnotes, references and
// mentions in tables beside the library's own (same SQLite file, own schema version), and
// the reading text in an FTS5 table that folds case and accents ("oekraine" finds
// "Oekraïne"). Keyed by content hash, so re-indexing an unchanged file is skipped and a
// changed file replaces its old rows.
//
// Query syntax for search(): words are AND-ed, "quoted phrases" match as phrases, a word
// ending in * matches as a prefix. Anything else the user types (stray quotes, AND, NEAR,
// parentheses, column filters) is taken as plain words, so FTS5 never sees a syntax error.
//
// Used from one thread (the one that called open()); open one LibraryIndex per thread.
class LibraryIndex
{
public:
    explicit LibraryIndex(const QString &databasePath);
    ~LibraryIndex();
    LibraryIndex(const LibraryIndex &) = delete;
    LibraryIndex &operator=(const LibraryIndex &) = delete;

    static int currentSchemaVersion();
    static QString component() { return QStringLiteral("index"); }

    bool open();
    bool isOpen() const;
    // The last failure, or the notice that a damaged file was moved aside.
    QString error() const;
    // Where a damaged database was moved; empty when none was.
    QString movedAsidePath() const;

    // Replaces whatever was indexed for this path or hash, in one transaction.
    bool indexDocument(const QString &path, const QString &hash, const Analysis &analysis);
    // True when this path is indexed with this content hash (nothing to do).
    bool isCurrent(const QString &path, const QString &hash) const;
    // The path indexed for this content, empty when none (the same file under two names).
    QString pathOf(const QString &hash) const;
    bool removeDocument(const QString &hash);
    // Empties the index; a rebuild starts here.
    bool clear();
    QVector<SearchHit> search(const QString &query, int limit = 50) const;
    int documentCount() const;

private:
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace diptych
