#pragma once

#include "ParsedArguments.h"

#include <QTextStream>

namespace diptych {
class LibraryIndex;
}

namespace diptych::cli {

// The database of index and search: --library, else the user's library database (the one
// the program uses).
QString libraryPath(const ParsedArguments &parsed);

// Opens the index, reporting on err a failure or a damaged file moved aside.
bool openIndex(LibraryIndex &index, QTextStream &err);

} // namespace diptych::cli
