#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych {

class SqliteDatabase;

// The schema of the library database: the documents and meetings tables, and beside them
// the search index's tables (index_sections, index_footnotes, index_references,
// index_mentions and the full-text index_text, each keyed by documents.id). The
// annotations keep a schema of their own (SqliteAnnotationStore).
//
// LibraryStore and LibraryIndex each open the file on their own connection and both call
// migrate(): whichever comes first brings the file up to date, the other finds it so.
// The version lives in the single-row schema_version table.
class LibrarySchema
{
public:
    static int currentVersion();
    static int version(const SqliteDatabase &db);
    // Runs the steps the file has not had yet, in one write transaction; refuses a file
    // written by a newer Diptych.
    static bool migrate(SqliteDatabase &db);
    // Each step takes the schema from version i to i + 1. Never edit a released step.
    static const QVector<QStringList> &steps();
};

} // namespace diptych
