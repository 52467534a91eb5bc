#include "CommandLine.h"

#include "analysis/Analyzer.h"
#include "spelling/Speller.h"

namespace diptych::cli {

bool parseArguments(const QString &command, const QStringList &args, const QStringList &knownFlags,
                    ParsedArguments &out, QTextStream &err)
{
    for (const QString &arg : args) {
        if (knownFlags.contains(arg)) {
            out.flags.insert(arg);
        } else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            err << "diptych-cli " << command << ": unknown option " << arg << '\n';
            return false;
        } else {
            out.files << arg;
        }
    }
    return true;
}

int analyzeFiles(const QStringList &files, QTextStream &err, const std::function<void(Analysis &&)> &each)
{
    const Analyzer analyzer(Speller::shared());
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
        each(std::move(analysis));
    }
    return failures;
}

} // namespace diptych::cli
