#include "CommandLine.h"

#include "analysis/Analyzer.h"
#include "spelling/Speller.h"

#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace diptych::cli {

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
