#pragma once

#include <QStringList>
#include <QTextStream>

namespace diptych {
class LibraryIndex;
}

namespace diptych::cli {

// The options of index and search.
struct IndexOptions {
    QString library;   // the user's library database when not given
    bool rebuild = false;
    bool json = false;
    int limit = 50;
    QStringList rest;  // files and folders, or the words of the query
};

// --library DB, --limit N and the flags; false after a line on err for anything unknown
// or when no file or query word is given.
bool parseIndexOptions(const QStringList &args, IndexOptions &options, QTextStream &err);

// Opens the index, reporting on err a failure or a damaged file moved aside.
bool openIndex(LibraryIndex &index, QTextStream &err);

} // namespace diptych::cli
