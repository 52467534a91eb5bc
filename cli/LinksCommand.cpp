#include "CliCommands.h"
#include "CommandLine.h"

#include "links/LinkBuilder.h"
#include "links/LinkJson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace diptych::cli {

// links [--json] FILE...: analyses every file, then links the readable ones; each
// unreadable file gives a line on stderr and makes the exit code 1.
int links(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    ParsedArguments parsed;
    if (!parseArguments(QStringLiteral("links"), args, {QStringLiteral("--json")}, parsed, err))
        return 2;
    if (parsed.files.isEmpty()) {
        err << "usage: diptych-cli links [--json] FILE...\n";
        return 2;
    }
    QVector<Analysis> documents;
    const int failures = analyzeFiles(parsed.files, err, [&](Analysis &&a) { documents << std::move(a); });
    const LinkGraph graph = LinkBuilder().build(documents);
    if (parsed.has("--json"))
        out << QJsonDocument(LinkJson::toJson(graph, documents)).toJson(QJsonDocument::Indented);
    else
        out << LinkJson::summary(graph, documents);
    return failures ? 1 : 0;
}

} // namespace diptych::cli
