// The library index at scale.
//  BM_IndexLetters: 1,000 generated letters (text exports) analysed and indexed by
//    LibraryIndexer, as `diptych-cli index` does; target < 30 s on 2 cores. Reference in
//    the same process: the same files analysed in parallel without indexing (ratio
//    index_vs_analysis). Memory: VmRSS and VmHWM (peak reset before the run) after 250,
//    500 and 1,000 letters must stay flat.
//  BM_Search: one query on 10,000 indexed letters (the 1,000 analyses indexed ten times
//    under other names); target < 50 ms.

#include "LetterCorpus.h"
#include "ProcessMemory.h"

#include "analysis/Analyzer.h"
#include "library/LibraryIndex.h"
#include "library/LibraryIndexer.h"
#include "spelling/Speller.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace diptych;

namespace {

constexpr int kLetters = 1000;

// The generated letters as .txt files in a folder that lives as long as the process.
const QStringList &letterFiles()
{
    static QTemporaryDir dir;
    static const QStringList files = [] {
        QStringList out;
        const test::LetterCorpus corpus(1);
        for (int i = 0; i < kLetters; ++i) {
            const test::CorpusLetter letter = corpus.letter(i, kLetters);
            const QString path = dir.filePath(letter.name + QStringLiteral(".txt"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(letter.text.toUtf8()) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                std::exit(1);
            }
            out << path;
        }
        return out;
    }();
    return files;
}

// Resets VmHWM to the current RSS (Linux: "5" to clear_refs), so the peak is the run's own.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The reference: every file analysed in parallel, results dropped, in the indexer's batches.
double analyseAllSeconds(const QStringList &files)
{
    QElapsedTimer t;
    t.start();
    const int batch = std::max(4, 2 * QThreadPool::globalInstance()->maxThreadCount());
    for (int i = 0; i < files.size(); i += batch) {
        const QList<int> pages = QtConcurrent::blockingMapped(files.mid(i, batch), [](const QString &file) {
            Analysis a;
            QString error;
            Analyzer(Speller::shared()).analyzeFile(file, a, error);
            return a.pageCount;
        });
        benchmark::DoNotOptimize(pages);
    }
    return t.elapsed() / 1000.0;
}

void BM_IndexLetters(benchmark::State &state)
{
    const QStringList &files = letterFiles();
    const double reference = analyseAllSeconds(files);
    QMap<int, std::pair<double, double>> memory; // letters done -> (VmRSS, VmHWM)
    double seconds = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        LibraryIndex index(dir.filePath(QStringLiteral("library.sqlite")));
        if (!index.open()) {
            state.SkipWithError(qPrintable(index.error()));
            return;
        }
        LibraryIndexer indexer(index);
        indexer.setProgress([&](int done, int, const QString &) {
            if (done == 250 || done == 500 || done == 1000)
                memory.insert(done, {test::processStatusMb("VmRSS:"), test::processStatusMb("VmHWM:")});
        });
        resetPeak();
        QElapsedTimer t;
        t.start();
        const IndexSummary s = indexer.run(files);
        seconds = t.elapsed() / 1000.0;
        if (s.indexed != files.size())
            state.SkipWithError("not every letter was indexed");
    }
    state.counters["letters"] = double(files.size());
    state.counters["index_s"] = seconds;
    state.counters["analysis_only_s"] = reference;
    state.counters["index_vs_analysis"] = reference > 0 ? seconds / reference : 0;
    for (auto it = memory.cbegin(); it != memory.cend(); ++it) {
        state.counters["rss_mb_" + std::to_string(it.key())] = it.value().first;
        state.counters["hwm_mb_" + std::to_string(it.key())] = it.value().second;
    }
}
BENCHMARK(BM_IndexLetters)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// 10,000 letters: the 1,000 analyses indexed ten times, each copy under its own name and hash.
LibraryIndex &tenThousand()
{
    static QTemporaryDir dir;
    static LibraryIndex index(dir.filePath(QStringLiteral("library.sqlite")));
    static const bool built = [] {
        if (!index.open())
            return false;
        const QStringList &files = letterFiles();
        const QList<Analysis> analyses = QtConcurrent::blockingMapped(files, [](const QString &file) {
            Analysis a;
            QString error;
            Analyzer(Speller::shared()).analyzeFile(file, a, error);
            a.source = SourceDocument();
            return a;
        });
        for (int copy = 0; copy < 10; ++copy) {
            for (int i = 0; i < analyses.size(); ++i) {
                const QString path = QStringLiteral("/copy%1/").arg(copy) + files[i].section(QLatin1Char('/'), -1);
                const QString hash =
                    QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex());
                if (!index.indexDocument(path, hash, analyses[i]))
                    return false;
            }
        }
        return true;
    }();
    if (!built)
        std::fprintf(stderr, "cannot build the 10,000-letter index: %s\n", qPrintable(index.error()));
    return index;
}

const QStringList kQueries = {
    QStringLiteral("oekraine"), // in most letters
    QStringLiteral("defensie-uitgaven"), // a hyphenated term, as a phrase
    QStringLiteral("\"collectieve verdediging\""), // phrase
    QStringLiteral("bondgeno*"), // prefix
    QStringLiteral("china indo-pacific"), // two terms AND-ed
    QStringLiteral("zeldzaamwoordnergens"), // no hit
};

void BM_Search(benchmark::State &state)
{
    LibraryIndex &index = tenThousand();
    const QString query = kQueries.at(int(state.range(0)));
    state.SetLabel(query.toStdString());
    int hits = 0;
    for (auto _ : state) {
        const QVector<SearchHit> found = index.search(query, 50);
        hits = int(found.size());
        benchmark::DoNotOptimize(found);
    }
    state.counters["letters"] = double(index.documentCount());
    state.counters["hits"] = double(hits);
}
BENCHMARK(BM_Search)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
