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
    QString kind; // "agenda", "verslag", "other"
    QString meetingLabel; // "FMM Brussel 3-4 april 2024"; empty when the letter names no meeting
    QDate meetingStart; // invalid when unknown
    int readingOffset = -1; // first match in Analysis::text (a footnote match: its call site); -1 unknown
    QString snippet; // plain text with the matched terms wrapped in \x01 ... \x02 markers
    double rank = 0; // higher is better (negated bm25)
};

// The library's search index: sections, footnotes, references and mentions of each letter
// in tables beside the library's documents table (LibrarySchema), and the reading text in
// an FTS5 table that folds case and accents ("oekraine" finds "Oekraïne"). Indexing a
// letter also puts it in the library with what its analysis found: the index is the one
// writer of a letter's analysed facts (through LibraryDocuments, the table's one class).
// Keyed by content hash, so re-indexing an unchanged file is skipped and a changed file's
// old search rows go.
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

    bool open();
    bool isOpen() const;
    // The last failure, or the notice that a damaged file was moved aside.
    QString error() const;
    // Where a damaged database was moved; empty when none was.
    QString movedAsidePath() const;

    // Puts the letter in the library and replaces whatever was indexed for this path or
    // hash, in one transaction.
    bool indexDocument(const QString &path, const QString &hash, const Analysis &analysis);
    // True when this path is indexed with this content hash (nothing to do).
    bool isCurrent(const QString &path, const QString &hash) const;
    // isCurrent(), and the letter's facts come from an analysis (a letter brought over from
    // an older library has its search rows but not all its facts: written again once).
    bool hasFacts(const QString &path, const QString &hash) const;
    // The path indexed for this content, empty when none (the same file under two names).
    QString pathOf(const QString &hash) const;
    // Takes the letter out of search; the library keeps it (LibraryStore::remove takes it
    // out of both).
    bool removeSearchRows(const QString &hash);
    // Empties the index (the library keeps its letters); a rebuild starts here.
    bool clear();
    QVector<SearchHit> search(const QString &query, int limit = 50) const;
    // How many letters are searchable.
    int documentCount() const;

private:
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace diptych
