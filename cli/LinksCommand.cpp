#include "CliCommands.h"

#include "analysis/Analyzer.h"
#include "links/LinkBuilder.h"
#include "links/LinkJson.h"
#include "spelling/Speller.h"

#include <QJsonDocument>
#include <QTextStream>

namespace diptych::cli {

// links [--json] FILE...: analyses every file, then links the readable ones; each
// unreadable file gives a line on stderr and makes the exit code 1.
int links(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    QStringList files;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            err << "diptych-cli links: unknown option " << arg << '\n';
            return 2;
        } else
            files << arg;
    }
    if (files.isEmpty()) {
        err << "usage: diptych-cli links [--json] FILE...\n";
        return 2;
    }

    const Analyzer analyzer(Speller::shared());
    QVector<Analysis> documents;
    int failures = 0;
    for (const QString &file : files) {
        Analysis analysis;
        QString error;
        if (!analyzer.analyzeFile(file, analysis, error)) {
            err << file << ": " << error << '\n';
            err.flush();
            ++failures;
            continue;
        }
        documents << analysis;
    }
    const LinkGraph graph = LinkBuilder().build(documents);
    if (json)
        out << QJsonDocument(LinkJson::toJson(graph, documents)).toJson(QJsonDocument::Indented);
    else
        out << LinkJson::summary(graph, documents);
    return failures ? 1 : 0;
}

} // namespace diptych::cli
