#include "CliCommands.h"
#include "CommandLine.h"

#include "links/LinkBuilder.h"
#include "links/LinkJson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace diptych::cli {

// links: analyses every file, then links the readable ones; each
// unreadable file gives a line on stderr and makes the exit code 1.
int links(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QVector<Analysis> documents;
    const int failures = analyzeFiles(parsed.operands, err, [&](Analysis &&a) { documents << std::move(a); });
    const LinkGraph graph = LinkBuilder().build(documents);
    if (parsed.has("--json"))
        out << QJsonDocument(LinkJson::toJson(graph, documents)).toJson(QJsonDocument::Indented);
    else
        out << LinkJson::summary(graph, documents);
    return failures ? 1 : 0;
}

} // namespace diptych::cli
