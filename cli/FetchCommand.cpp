#include "CliCommands.h"
#include "IndexOptions.h"

#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"
#include "official/OfficialFetcher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace diptych::cli {

namespace {

QString statusName(FetchOutcome::Status status)
{
    switch (status) {
    case FetchOutcome::Status::Added: return QStringLiteral("added");
    case FetchOutcome::Status::Known: return QStringLiteral("known");
    case FetchOutcome::Status::Removed: return QStringLiteral("removed");
    case FetchOutcome::Status::Failed: break;
    }
    return QStringLiteral("failed");
}

QJsonObject reportJson(const FetchReport &report)
{
    QJsonArray documents;
    for (const FetchOutcome &o : report.outcomes)
        documents.append(QJsonObject{{QStringLiteral("id"), o.id},
                                     {QStringLiteral("status"), statusName(o.status)},
                                     {QStringLiteral("path"), o.path},
                                     {QStringLiteral("reason"), o.reason}});
    return QJsonObject{{QStringLiteral("found"), report.found},
                       {QStringLiteral("added"), report.count(FetchOutcome::Status::Added)},
                       {QStringLiteral("known"), report.count(FetchOutcome::Status::Known)},
                       {QStringLiteral("removed"), report.count(FetchOutcome::Status::Removed)},
                       {QStringLiteral("failed"), report.count(FetchOutcome::Status::Failed)},
                       {QStringLiteral("search_error"), report.searchError},
                       {QStringLiteral("documents"), documents}};
}

// --into, else "letters" beside the library database.
QString folder(const ParsedArguments &parsed, const QString &databasePath)
{
    const QString given = parsed.value("--into");
    return given.isEmpty() ? QFileInfo(databasePath).dir().filePath(QStringLiteral("letters")) : given;
}

bool readSettings(const ParsedArguments &parsed, const QString &databasePath, OfficialFetcher::Settings &settings,
                  QTextStream &err)
{
    settings.folder = folder(parsed, databasePath);
    const QString source = parsed.value("--source");
    const QUrl base(source, QUrl::StrictMode);
    if (!source.isEmpty() && (!base.isValid() || base.scheme().isEmpty())) {
        err << "diptych-cli fetch: --source is not a URL: " << source << '\n';
        return false;
    }
    if (!source.isEmpty())
        settings.sources = OfficialSources(base);
    const QString timeout = parsed.value("--timeout");
    if (!timeout.isEmpty()) {
        bool ok = false;
        const double seconds = timeout.toDouble(&ok);
        if (!ok || seconds <= 0) {
            err << "diptych-cli fetch: --timeout needs a number of seconds\n";
            return false;
        }
        settings.http.timeoutMs = int(seconds * 1000);
    }
    return true;
}

bool readSince(const ParsedArguments &parsed, QDate &since, QTextStream &err)
{
    const QString value = parsed.value("--since");
    since = QDate::fromString(value, Qt::ISODate);
    if (!value.isEmpty() && !since.isValid()) {
        err << "diptych-cli fetch: --since needs a date YYYY-MM-DD\n";
        return false;
    }
    return true;
}

void printReport(const FetchReport &report, QTextStream &out, QTextStream &err)
{
    if (!report.searchError.isEmpty())
        err << "diptych-cli fetch: " << report.searchError << '\n';
    for (const FetchOutcome &o : report.outcomes) {
        if (o.status == FetchOutcome::Status::Failed)
            err << o.id << ": " << o.reason << '\n';
    }
    out << "found " << report.found << ", added " << report.count(FetchOutcome::Status::Added) << ", known "
        << report.count(FetchOutcome::Status::Known) << ", removed " << report.count(FetchOutcome::Status::Removed)
        << ", failed " << report.count(FetchOutcome::Status::Failed) << '\n';
}

} // namespace

// fetch: nothing goes over the network but what this command was asked for; exit code 1
// when the search or any document failed.
int fetch(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString databasePath = libraryPath(parsed);
    OfficialFetcher::Settings settings;
    QDate since;
    if (!readSettings(parsed, databasePath, settings, err) || !readSince(parsed, since, err))
        return 2;
    LibraryStore store(databasePath);
    LibraryIndex index(databasePath);
    if (!store.open()) {
        err << "diptych-cli: cannot open the library: " << store.error() << '\n';
        return 1;
    }
    if (!openIndex(index, err))
        return 1;
    OfficialFetcher fetcher(store, index, settings);
    fetcher.setProgress([&err](int done, int total, const FetchOutcome &o) {
        err << '[' << done << '/' << total << "] " << o.id << ' ' << statusName(o.status) << '\n';
        err.flush();
    });
    const QString id = parsed.value("--id");
    const FetchReport report =
        id.isEmpty() ? fetcher.fetchDossier(parsed.value("--dossier"), since) : fetcher.fetchId(id);
    if (parsed.has("--json"))
        out << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    else
        printReport(report, out, err);
    return report.ok() ? 0 : 1;
}

} // namespace diptych::cli
