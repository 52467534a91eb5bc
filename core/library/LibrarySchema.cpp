#include "library/LibrarySchema.h"

#include "storage/SqliteDatabase.h"

namespace diptych {

namespace {

QStringList firstLibrary()
{
    return {QStringLiteral("CREATE TABLE documents ("
                           " hash TEXT PRIMARY KEY,"
                           " path TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL DEFAULT 'other',"
                           " meeting_type TEXT NOT NULL DEFAULT '',"
                           " meeting_start TEXT NOT NULL DEFAULT '',"
                           " meeting_end TEXT NOT NULL DEFAULT '',"
                           " meeting_place TEXT NOT NULL DEFAULT '',"
                           " added TEXT NOT NULL)")};
}

// The references panel opens a cited letter by its official id.
QStringList selfIdColumn()
{
    return {QStringLiteral("ALTER TABLE documents ADD COLUMN self_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX documents_self_id ON documents(self_id)")};
}

// The search index as its own component (version 1 of "index") made it. Created here only
// when missing, so that the next step reads the same tables whether or not the index was
// ever opened on this file.
QStringList releasedIndexTables()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS component_versions (component TEXT PRIMARY KEY,"
                       " version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS index_meetings ("
                       " id INTEGER PRIMARY KEY, type TEXT NOT NULL, start TEXT NOT NULL,"
                       " end_date TEXT NOT NULL, place TEXT NOT NULL, label TEXT NOT NULL,"
                       " UNIQUE (type, start, end_date, place))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS index_documents ("
                       " id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
                       " title TEXT NOT NULL, kind TEXT NOT NULL, format TEXT NOT NULL,"
                       " pages INTEGER NOT NULL, self_id TEXT NOT NULL,"
                       " meeting INTEGER REFERENCES index_meetings(id), indexed TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS index_sections ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, level INTEGER NOT NULL,"
                       " number INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL,"
                       " page INTEGER NOT NULL, text_start INTEGER NOT NULL, text_end INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS index_footnotes ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, number INTEGER NOT NULL,"
                       " page INTEGER NOT NULL, text TEXT NOT NULL, call_offset INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS index_references ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, ref_id TEXT NOT NULL,"
                       " text TEXT NOT NULL, kind TEXT NOT NULL, footnote INTEGER NOT NULL,"
                       " page INTEGER NOT NULL, text_start INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS index_references_id ON index_references(ref_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS index_mentions ("
                       " document INTEGER NOT NULL, position INTEGER NOT NULL, what TEXT NOT NULL,"
                       " name TEXT NOT NULL, place TEXT NOT NULL, start TEXT NOT NULL,"
                       " end_date TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,"
                       " footnote INTEGER NOT NULL, page INTEGER NOT NULL, text_start INTEGER NOT NULL,"
                       " PRIMARY KEY (document, position))"),
        // Case and accents folded: "oekraine" finds "Oekraïne". rowid = documents.id.
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS index_text USING fts5(title, body, notes,"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
    };
}

// One documents table instead of the library's and the index's own. A meeting is stored
// once (its label is made from its fields when read). The index's document ids are kept,
// so its rows and full-text entries stay valid; letters only the library knew get new ids.
// Where both knew a letter, the library's path (the file the user added) and added time
// win, the index's analysis facts win over the library's (possibly a placeholder).
// analysed is left empty: the program analyses each letter once more for the facts the
// old tables did not hold (document type).
QStringList oneDocumentsTable()
{
    return {
        QStringLiteral("CREATE TABLE meetings ("
                       " id INTEGER PRIMARY KEY, type TEXT NOT NULL, start TEXT NOT NULL,"
                       " end_date TEXT NOT NULL, place TEXT NOT NULL,"
                       " UNIQUE (type, start, end_date, place))"),
        QStringLiteral("INSERT INTO meetings (id, type, start, end_date, place)"
                       " SELECT id, type, start, end_date, place FROM index_meetings"),
        QStringLiteral("INSERT OR IGNORE INTO meetings (type, start, end_date, place)"
                       " SELECT meeting_type, meeting_start, meeting_end, meeting_place FROM documents"
                       " WHERE meeting_type <> '' OR meeting_start <> ''"),
        QStringLiteral("CREATE TABLE library_documents ("
                       " id INTEGER PRIMARY KEY,"
                       " hash TEXT NOT NULL UNIQUE,"
                       " path TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL DEFAULT 'other',"
                       " doc_type TEXT NOT NULL DEFAULT '',"
                       " format TEXT NOT NULL DEFAULT '',"
                       " pages INTEGER NOT NULL DEFAULT 0,"
                       " self_id TEXT NOT NULL DEFAULT '',"
                       " meeting INTEGER REFERENCES meetings(id),"
                       " added TEXT NOT NULL,"
                       " analysed TEXT NOT NULL DEFAULT '',"
                       " indexed TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO library_documents (id, hash, path, title, kind, format, pages, self_id,"
                       " meeting, added, indexed)"
                       " SELECT i.id, i.hash, COALESCE(d.path, i.path), i.title, i.kind, i.format, i.pages,"
                       " i.self_id, i.meeting, COALESCE(d.added, i.indexed), i.indexed"
                       " FROM index_documents i LEFT JOIN documents d ON d.hash = i.hash"),
        QStringLiteral("INSERT INTO library_documents (hash, path, title, kind, self_id, meeting, added)"
                       " SELECT d.hash, d.path, d.title, d.kind, d.self_id,"
                       " (SELECT m.id FROM meetings m WHERE m.type = d.meeting_type"
                       "  AND m.start = d.meeting_start AND m.end_date = d.meeting_end"
                       "  AND m.place = d.meeting_place), d.added"
                       " FROM documents d WHERE d.hash NOT IN (SELECT hash FROM index_documents)"
                       " ORDER BY d.added, d.path"),
        QStringLiteral("DROP TABLE documents"),
        QStringLiteral("DROP TABLE index_documents"),
        QStringLiteral("DROP TABLE index_meetings"),
        QStringLiteral("ALTER TABLE library_documents RENAME TO documents"),
        QStringLiteral("CREATE INDEX documents_path ON documents(path)"),
        QStringLiteral("CREATE INDEX documents_self_id ON documents(self_id)"),
        QStringLiteral("CREATE INDEX documents_meeting ON documents(meeting)"),
        QStringLiteral("DELETE FROM component_versions WHERE component = 'index'"),
        // A letter leaves the library with its search rows.
        QStringLiteral("CREATE TRIGGER documents_search_rows AFTER DELETE ON documents BEGIN"
                       " DELETE FROM index_sections WHERE document = old.id;"
                       " DELETE FROM index_footnotes WHERE document = old.id;"
                       " DELETE FROM index_references WHERE document = old.id;"
                       " DELETE FROM index_mentions WHERE document = old.id;"
                       " DELETE FROM index_text WHERE rowid = old.id;"
                       " END"),
    };
}

// The id a fetch learnt from the official sources is a fact of its own: the index puts the
// analysis's self_id again at every re-index, which must not take a learnt id away.
QStringList officialIdColumn()
{
    return {QStringLiteral("ALTER TABLE documents ADD COLUMN official_id TEXT NOT NULL DEFAULT ''")};
}

// A letter the reader removed stays out when a followed dossier is checked again (by its id)
// and when a watched folder changes (by its bytes), until it is asked for or added again.
QStringList removedLettersTable()
{
    return {QStringLiteral("CREATE TABLE removed_letters (hash TEXT PRIMARY KEY, id TEXT NOT NULL DEFAULT '',"
                           " removed TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX removed_letters_id ON removed_letters(id)")};
}

} // namespace

const QVector<QStringList> &LibrarySchema::steps()
{
    static const QVector<QStringList> all = {firstLibrary(), selfIdColumn(),
                                             releasedIndexTables() + oneDocumentsTable(), officialIdColumn(),
                                             removedLettersTable()};
    return all;
}

int LibrarySchema::currentVersion() { return steps().size(); }

// The library was the database's first user: its version lives in schema_version (the
// empty component), the annotations' in component_versions.
int LibrarySchema::version(const SqliteDatabase &db) { return db.version(QString()); }

bool LibrarySchema::migrate(SqliteDatabase &db) { return db.migrate(QString(), steps()); }

} // namespace diptych
