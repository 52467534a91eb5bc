#pragma once

#include "library/LibraryEntry.h"

#include <QDateTime>
#include <QString>
#include <QVector>

class QSqlQuery;

namespace diptych {

class SqliteDatabase;

// The library's documents and meetings tables, and the one class that writes them.
// LibraryStore (the list the program shows) and LibraryIndex (search) each call it on
// their own connection, inside their own transaction; neither writes these tables itself,
// so a letter's hash, path, title, kind, meeting and official id are held once.
// Who calls what: a letter's analysed facts are put by LibraryIndex only, with its search
// rows; the program's library only adds a letter (listed under its file name until then)
// and removes it; a fetch sets the official id it fetched a letter by (official_id), which
// then is the letter's id whatever its pages print (self_id, from the analysis).
class LibraryDocuments
{
public:
    // Inserts the letter or updates the one with its hash, keeping its id and the time it
    // was first added. Returns its id, or -1 (db.error() says why).
    static qint64 put(const SqliteDatabase &db, const LibraryEntry &entry);
    // Lists a letter the library does not hold yet, by its hash and file alone (added now,
    // not analysed); a letter it holds is left as it is. Returns its id, or -1.
    static qint64 add(const SqliteDatabase &db, const QString &hash, const QString &path);
    // The id the official sources know the letter by; kept through every re-analysis.
    static bool setOfficialId(const SqliteDatabase &db, const QString &hash, const QString &officialId);
    // Also removes its search rows (a trigger) and a meeting no letter holds any more, and
    // remembers the letter (its hash and id) as removed by the reader until it is added, put
    // or given that official id again.
    static bool remove(const SqliteDatabase &db, const QString &hash);
    // column is hash or id.
    static bool wasRemoved(const SqliteDatabase &db, const QString &column, const QString &value);
    // When its search rows were written; an invalid time when they were removed.
    static bool setIndexed(const SqliteDatabase &db, qint64 id, const QDateTime &when);
    // Forgets every letter's search rows having been written (a rebuild of the index).
    static bool setNoneIndexed(const SqliteDatabase &db);

    // Ordered by the time they were added, then by path.
    static QVector<LibraryEntry> all(const SqliteDatabase &db);
    // column is one of hash, path, self_id (the letter's id: the official one when known).
    static QVector<LibraryEntry> where(const SqliteDatabase &db, const QString &column, const QString &value);
    static bool isEmpty(const SqliteDatabase &db);
    // How many letters have their search rows written; -1 on failure.
    static int indexedCount(const SqliteDatabase &db);

    // The one reading of a letter's row: the columns that make a LibraryEntry in a query
    // over `documents d LEFT JOIN meetings m ON m.id = d.meeting` (kEntryColumns of them),
    // and the entry read from them, from column first on. Queries that select more (search)
    // put their own columns after these.
    static QString entryColumns();
    static constexpr int kEntryColumns = 16;
    static LibraryEntry entryFrom(const QSqlQuery &q, int first = 0);

private:
    static QVector<LibraryEntry> select(const SqliteDatabase &db, const QString &condition, const QVariantList &values);
    static bool forgetRemoved(const SqliteDatabase &db, const QString &hash, const QString &letterId);
};

} // namespace diptych
