#include "IndexOptions.h"

#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"

namespace diptych::cli {

QString libraryPath(const ParsedArguments &parsed)
{
    const QString given = parsed.value("--library");
    return given.isEmpty() ? LibraryStore::defaultDatabasePath() : given;
}

bool openIndex(LibraryIndex &index, QTextStream &err)
{
    if (!index.open()) {
        err << "diptych-cli: cannot open the library index: " << index.error() << '\n';
        return false;
    }
    if (!index.error().isEmpty())
        err << index.error() << '\n'; // a damaged database was moved aside
    return true;
}

} // namespace diptych::cli
