#include "CliCommands.h"

#include "analysis/Analyzer.h"
#include "output/AnalysisJson.h"
#include "spelling/Speller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace diptych::cli {

// analyze [--json] [--no-text] FILE...: every readable file is printed; each unreadable
// one gives a line on stderr and makes the exit code 1.
int analyze(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false, withText = true;
    QStringList files;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else if (arg == QLatin1String("--no-text"))
            withText = false;
        else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            err << "diptych-cli analyze: unknown option " << arg << '\n';
            return 2;
        } else
            files << arg;
    }
    if (files.isEmpty()) {
        err << "usage: diptych-cli analyze [--json] [--no-text] FILE...\n";
        return 2;
    }

    const Analyzer analyzer(Speller::shared());
    QJsonArray results;
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
        if (json)
            results.append(AnalysisJson::toJson(analysis, withText));
        else
            out << AnalysisJson::summary(analysis) << '\n';
    }
    if (json) {
        const QJsonDocument doc = files.size() == 1 && results.size() == 1
                                      ? QJsonDocument(results.first().toObject())
                                      : QJsonDocument(results);
        out << doc.toJson(QJsonDocument::Indented);
    }
    return failures ? 1 : 0;
}

} // namespace diptych::cli
