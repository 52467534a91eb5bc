#include "CommandLine.h"

#include "analysis/Analyzer.h"
#include "spelling/Speller.h"

#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

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

namespace {

struct FileResult {
    QString file;
    Analysis analysis;
    QString error;
    bool ok = false;
};

} // namespace

// Files are analysed on every core, a few ahead of the one being handed on, and handed on in
// the order given: one process over a batch then takes less than pdftotext per file.
int analyzeFiles(const QStringList &files, QTextStream &err, const std::function<void(Analysis &&)> &each)
{
    const Analyzer analyzer(Speller::shared());
    const int ahead = 2 * qMax(1, QThread::idealThreadCount());
    QVector<QFuture<FileResult>> pending;
    int failures = 0;
    const auto handOn = [&](FileResult result) {
        if (!result.ok) {
            err << result.file << ": " << result.error << '\n';
            err.flush();
            ++failures;
            return;
        }
        each(std::move(result.analysis));
    };
    for (const QString &file : files) {
        pending.append(QtConcurrent::run([&analyzer, file] {
            FileResult r;
            r.file = file;
            r.ok = analyzer.analyzeFile(file, r.analysis, r.error);
            return r;
        }));
        if (pending.size() >= ahead)
            handOn(pending.takeFirst().result());
    }
    while (!pending.isEmpty())
        handOn(pending.takeFirst().result());
    return failures;
}

} // namespace diptych::cli
