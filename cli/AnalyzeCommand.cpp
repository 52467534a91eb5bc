#include "CliCommands.h"
#include "CommandLine.h"

#include "output/AnalysisJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace diptych::cli {

// analyze: every readable file is printed; each unreadable
// one gives a line on stderr and makes the exit code 1.
int analyze(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool json = parsed.has("--json");
    const bool withText = !parsed.has("--no-text");
    QJsonArray results;
    const int failures = analyzeFiles(parsed.operands, err, [&](Analysis &&analysis) {
        if (json)
            results.append(AnalysisJson::toJson(analysis, withText));
        else
            out << AnalysisJson::summary(analysis) << '\n';
    });
    if (json) {
        const QJsonDocument doc = parsed.operands.size() == 1 && results.size() == 1
                                      ? QJsonDocument(results.first().toObject())
                                      : QJsonDocument(results);
        out << doc.toJson(QJsonDocument::Indented);
    }
    return failures ? 1 : 0;
}

} // namespace diptych::cli
