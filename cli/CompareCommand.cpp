#include "CliCommands.h"
#include "CommandLine.h"

#include "compare/SectionAligner.h"
#include "output/AnalysisJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace diptych::cli {

namespace {

QString describe(const QJsonObject &section)
{
    const QJsonValue number = section.value(QStringLiteral("number"));
    return (number.isNull() ? QString() : QString::number(number.toInt()) + QStringLiteral(". "))
           + section.value(QStringLiteral("title")).toString();
}

} // namespace

// compare: aligns the sections of an agenda (left) with a verslag (right).
int compare(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool json = parsed.has("--json");
    QVector<Analysis> both;
    if (analyzeFiles(parsed.operands, err, [&](Analysis &&a) { both << std::move(a); }) > 0)
        return 1;
    const Analysis &left = both[0];
    const Analysis &right = both[1];
    const QJsonObject result = AnalysisJson::alignmentToJson(left, right, SectionAligner::align(left, right));
    if (json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QJsonValue &p : result.value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject pair = p.toObject();
        out << describe(pair.value(QStringLiteral("agenda")).toObject()) << "  <->  "
            << describe(pair.value(QStringLiteral("verslag")).toObject()) << "  ("
            << pair.value(QStringLiteral("score")).toDouble() << ")\n";
    }
    for (const QJsonValue &s : result.value(QStringLiteral("only_agenda")).toArray())
        out << "only on the agenda: " << describe(s.toObject()) << '\n';
    for (const QJsonValue &s : result.value(QStringLiteral("only_verslag")).toArray())
        out << "only in the verslag: " << describe(s.toObject()) << '\n';
    if (left.sections.isEmpty() && right.sections.isEmpty())
        out << "neither letter has sections to align\n";
    return 0;
}

} // namespace diptych::cli
