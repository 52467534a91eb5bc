#include "CliCommands.h"
#include "IndexOptions.h"

#include "library/LibraryIndex.h"
#include "library/LibraryIndexer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace diptych::cli {

namespace {

QJsonObject summaryJson(const IndexSummary &summary, int documents)
{
    QJsonArray failed;
    for (const IndexFailure &f : summary.failed)
        failed.append(QJsonObject{{QStringLiteral("file"), f.file}, {QStringLiteral("reason"), f.reason}});
    return QJsonObject{{QStringLiteral("indexed"), summary.indexed},
                       {QStringLiteral("skipped"), summary.skipped},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("documents"), documents}};
}

} // namespace

// index: analyses what changed and indexes it; exit code 1 when a file could not be indexed.
int index(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LibraryIndex libraryIndex(libraryPath(parsed));
    if (!openIndex(libraryIndex, err))
        return 1;
    if (parsed.has("--rebuild") && !libraryIndex.clear()) {
        err << "diptych-cli: cannot clear the index: " << libraryIndex.error() << '\n';
        return 1;
    }
    QVector<IndexFailure> missing;
    const QStringList files = LibraryIndexer::collectFiles(parsed.operands, &missing);
    IndexSummary summary = LibraryIndexer(libraryIndex).run(files);
    summary.failed = missing + summary.failed;
    if (parsed.has("--json")) {
        out << QJsonDocument(summaryJson(summary, libraryIndex.documentCount())).toJson(QJsonDocument::Indented);
    } else {
        for (const IndexFailure &f : summary.failed)
            err << f.file << ": " << f.reason << '\n';
        out << "indexed " << summary.indexed << ", skipped " << summary.skipped << " (unchanged), failed "
            << summary.failed.size() << "; " << libraryIndex.documentCount() << " documents in the index\n";
    }
    return summary.failed.isEmpty() ? 0 : 1;
}

} // namespace diptych::cli
