// The same generated Kamerstuk PDFs through Poppler's own text extraction (open + words of
// every page) and through our whole path (DocumentLoader::load + Analyzer::analyze).
// Target: the analysis adds at most 25% to Poppler's extraction.

#include "BenchData.h"

#include "analysis/Analyzer.h"
#include "source/DocumentLoader.h"
#include "source/PopplerDocument.h"
#include "spelling/Speller.h"

#include <benchmark/benchmark.h>

#include <chrono>

using namespace diptych;
using diptych::bench::BenchData;

namespace {

using Clock = std::chrono::steady_clock;

int popplerExtract(const QString &path)
{
    const auto pdf = PopplerDocument::open(path);
    int pages = 0;
    for (int i = 0; pdf && i < pdf->pageCount(); ++i, ++pages)
        benchmark::DoNotOptimize(pdf->words(i));
    return pages;
}

int fullPath(const Analyzer &analyzer, const QString &path)
{
    LoadResult loaded = DocumentLoader::load(path);
    const Analysis a = analyzer.analyze(std::move(loaded.document));
    benchmark::DoNotOptimize(a);
    return a.pageCount;
}

void BM_PopplerExtractPdfs(benchmark::State &state)
{
    const QStringList &files = BenchData::pdfFiles();
    double pages = 0;
    const bench::WallTimer timer;
    for (auto _ : state) {
        for (const QString &file : files)
            pages += popplerExtract(file);
    }
    state.counters["files"] = double(files.size());
    state.counters["us_per_page"] = timer.perUnit(pages);
}
BENCHMARK(BM_PopplerExtractPdfs)->Unit(benchmark::kMillisecond);

void BM_LoadAndAnalyzePdfs(benchmark::State &state)
{
    const QStringList &files = BenchData::pdfFiles();
    const Analyzer analyzer(Speller::shared());
    double pages = 0;
    const bench::WallTimer timer;
    for (auto _ : state) {
        for (const QString &file : files)
            pages += fullPath(analyzer, file);
    }
    state.counters["files"] = double(files.size());
    state.counters["us_per_page"] = timer.perUnit(pages);
}
BENCHMARK(BM_LoadAndAnalyzePdfs)->Unit(benchmark::kMillisecond);

// Both paths file by file, interleaved, so that a busy machine slows both alike; reports the
// overhead of our path over Poppler's extraction in percent.
void BM_AnalysisOverheadOverPoppler(benchmark::State &state)
{
    const QStringList &files = BenchData::pdfFiles();
    const Analyzer analyzer(Speller::shared());
    double poppler = 0, ours = 0, pages = 0;
    for (auto _ : state) {
        double iteration = 0;
        for (const QString &file : files) {
            const auto t0 = Clock::now();
            pages += popplerExtract(file);
            const auto t1 = Clock::now();
            fullPath(analyzer, file);
            const auto t2 = Clock::now();
            poppler += std::chrono::duration<double>(t1 - t0).count();
            ours += std::chrono::duration<double>(t2 - t1).count();
            iteration += std::chrono::duration<double>(t2 - t0).count();
        }
        state.SetIterationTime(iteration);
    }
    state.counters["poppler_us_per_page"] = poppler * 1e6 / pages;
    state.counters["ours_us_per_page"] = ours * 1e6 / pages;
    state.counters["overhead_pct"] = (ours / poppler - 1.0) * 100.0;
}
BENCHMARK(BM_AnalysisOverheadOverPoppler)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace
