#include "IndexOptions.h"

#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"

namespace diptych::cli {

static const char *const kIndexUsage =
    "usage: diptych-cli index [--library DB] [--rebuild] [--json] FILE_OR_FOLDER...\n"
    "       diptych-cli search [--library DB] [--json] [--limit N] QUERY\n"
    "Without --library: the user's library database.\n";

bool parseIndexOptions(const QStringList &args, IndexOptions &options, QTextStream &err)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--library") && hasValue) {
            options.library = args[++i];
        } else if (arg == QLatin1String("--limit") && hasValue) {
            bool ok = false;
            options.limit = args[++i].toInt(&ok);
            if (!ok || options.limit <= 0) {
                err << "diptych-cli: --limit wants a positive number, not " << args[i] << '\n';
                return false;
            }
        } else if (arg == QLatin1String("--rebuild")) {
            options.rebuild = true;
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            err << "diptych-cli: unknown option " << arg << '\n' << kIndexUsage;
            return false;
        } else {
            options.rest << arg;
        }
    }
    if (options.rest.isEmpty()) {
        err << kIndexUsage;
        return false;
    }
    if (options.library.isEmpty())
        options.library = LibraryStore::defaultDatabasePath();
    return true;
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
