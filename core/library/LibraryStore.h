#pragma once

#include "library/LibraryEntry.h"
#include "storage/SqliteDatabase.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace diptych {

// The user's library: an SQLite database (WAL) of documents keyed by content hash
// (LibrarySchema, LibraryDocuments). The search index lives in the same documents table
// (LibraryIndex adds the search rows and writes what the analysis found), so a letter
// indexed on the command line is in the program's list too. The store lists letters and
// takes them out; it never writes a letter's analysed facts. A database file that SQLite
// cannot read is moved aside with a timestamp and a fresh one created; error() says so
// (SqliteDatabase does the opening, checking and migrating for every store).
// Used from one thread (the one that called open()).
class LibraryStore
{
public:
    // databasePath empty: library.sqlite under QStandardPaths::AppDataLocation.
    explicit LibraryStore(const QString &databasePath = QString());
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    static QString defaultDatabasePath();
    // Where the bundled samples are copied on first start.
    static QString defaultSamplesDir();
    static int currentSchemaVersion();

    bool open();
    bool isOpen() const;
    QString databasePath() const { return m_db.path(); }
    // The last failure, or the notice that a damaged file was moved aside.
    QString error() const { return m_db.error(); }
    // Where a damaged database was moved; empty when none was.
    QString movedAsidePath() const { return m_db.movedAsidePath(); }
    int schemaVersion() const;

    bool isEmpty() const;
    // Lists a letter not in the library yet under its file name, until LibraryIndex writes
    // what its analysis found; a letter in the library is left as it is.
    bool add(const QString &hash, const QString &path);
    // The reader's removal: a followed dossier's next check leaves the letter out (wasRemoved),
    // and so does a watched folder (wasFileRemoved), until it is fetched by its id or added
    // again.
    bool remove(const QString &hash);
    bool wasRemoved(const QString &letterId) const;
    bool wasFileRemoved(const QString &hash) const;
    // The id the official sources know this letter by (a fetch fetched it by that id, or found
    // the same bytes under it). From then on it is the letter's selfId, through every
    // re-analysis and whatever the pages print.
    bool setOfficialId(const QString &hash, const QString &officialId);
    QVector<LibraryEntry> entries() const;
    std::optional<LibraryEntry> byHash(const QString &hash) const;
    // By the letter's id: the official one when known, else the one its pages print.
    std::optional<LibraryEntry> bySelfId(const QString &selfId) const;
    std::optional<LibraryEntry> byPath(const QString &path) const;

    // SHA-256 of the file's bytes in hex; empty and error set when unreadable.
    static QString hashFile(const QString &path, QString *error = nullptr);
    // Copies every file of fromDir (a folder or a Qt resource folder) into toDir unless a
    // file of that name is there; returns the paths in toDir, sorted.
    static QStringList copySamples(const QString &fromDir, const QString &toDir, QString *error = nullptr);

private:
    SqliteDatabase m_db;
};

} // namespace diptych
