// The Pages view at work, in the real widget (offscreen), against Poppler alone:
//  BM_FirstPagePainted: a 53-page PDF handed to a shown PdfView until its first page is
//    rendered and painted; reference in the same process: opening the same file with
//    PdfPages and rendering page 1 at the same scale (ratio first_page_vs_poppler).
//  BM_RenderPagesThroughTheView: every page of the letter rendered through the view's path
//    (worker threads, cache, delivery to the UI thread) against PdfPages::render of the
//    same pages one by one on the main thread, two ways: each image dropped at once
//    (ratio view_vs_poppler; Poppler then reuses one warm buffer for every page) and every
//    image kept, as a viewer's cache must (ratio view_vs_poppler_kept). Argument: render
//    threads of the view, 0 for its default (one per core).
//  BM_TwoLettersScrolledThrough: two 53-page letters open, both scrolled from top to
//    bottom; resident memory before and after, the page cache against its limit, and the
//    longest stretch the UI thread spent without handling events (max_ui_gap_ms).
#include "KamerstukPdfWriter.h"
#include "ProcessMemory.h"

#include "pdf/PdfView.h"
#include "source/PdfPages.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace diptych;

namespace {

constexpr int kRepeats = 13; // the 5-page sample (4.1 pages typeset) 13 times: 53 pages

// A 53-page letter typeset like a Kamerstuk (kRepeats), made once per process.
QString longLetterPdf(int copy)
{
    static QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("brief-%1.pdf").arg(copy));
    if (QFile::exists(pdf))
        return pdf;
    QFile sample(QStringLiteral(DIPTYCH_TEST_DATA "/003_eafaf4e2d27f033a.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        std::exit(1);
    const QByteArray one = sample.readAll();
    QByteArray text;
    for (int i = 0; i < kRepeats; ++i)
        text += (i ? "\n " : "") + one;
    const QString txt = dir.filePath(QStringLiteral("brief-%1.txt").arg(copy));
    QFile out(txt);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) < 0)
        std::exit(1);
    out.close();
    QString error;
    if (!test::KamerstukPdfWriter::fromSampleText(txt, pdf, &error)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(pdf), qPrintable(error));
        std::exit(1);
    }
    return pdf;
}

std::shared_ptr<const PdfPages> openPages(const QString &path)
{
    std::shared_ptr<const PdfPages> pages = PdfPages::open(path);
    if (!pages)
        std::exit(1);
    return pages;
}

// Runs the event loop until done() or 20 s. The loop sleeps until an event comes (a busy
// loop would take a core from the render threads); a 1 ms timer wakes it, so the longest
// gap between two turns (maxGapMs) is how long the UI thread was kept from its events.
bool spinUntil(const std::function<bool()> &done, double *maxGapMs = nullptr)
{
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(1);
    QElapsedTimer total, gap;
    total.start();
    gap.start();
    while (!done()) {
        if (total.elapsed() > 20000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (maxGapMs)
            *maxGapMs = std::max(*maxGapMs, gap.nsecsElapsed() / 1e6);
        gap.restart();
    }
    return true;
}

struct ShownView {
    PdfView view;
    ShownView()
    {
        view.resize(1000, 800);
        view.show();
        QCoreApplication::processEvents();
    }
};

void BM_FirstPagePainted(benchmark::State &state)
{
    const QString path = longLetterPdf(0);
    double ours = 0, poppler = 0;
    int runs = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        ShownView shown;
        shown.view.setPages(openPages(path));
        if (!spinUntil([&] { return shown.view.cachedPageCount() > 0; })) {
            state.SkipWithError("the first page never came");
            return;
        }
        shown.view.viewport()->repaint();
        ours += t.nsecsElapsed() / 1e6;

        state.PauseTiming();
        QElapsedTimer r;
        r.start();
        const std::shared_ptr<const PdfPages> pages = openPages(path);
        const QImage image = pages->render(0, shown.view.zoom() * shown.view.devicePixelRatioF());
        benchmark::DoNotOptimize(image.constBits());
        poppler += r.nsecsElapsed() / 1e6;
        ++runs;
        state.ResumeTiming();
    }
    state.counters["first_page_ms"] = ours / runs;
    state.counters["poppler_open_render_ms"] = poppler / runs;
    state.counters["first_page_vs_poppler"] = poppler > 0 ? ours / poppler : 0;
}
BENCHMARK(BM_FirstPagePainted)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// Poppler alone on the calling thread, every page at the given scale; keepImages holds
// them all until the end, as a cache would. Returns milliseconds.
double popplerLoopMs(const PdfPages &pages, double scale, bool keepImages)
{
    std::vector<QImage> kept;
    QElapsedTimer timer;
    timer.start();
    for (int page = 0; page < pages.pageCount(); ++page) {
        QImage image = pages.render(page, scale);
        benchmark::DoNotOptimize(image.constBits());
        if (keepImages)
            kept.push_back(std::move(image));
    }
    return timer.nsecsElapsed() / 1e6;
}

void BM_RenderPagesThroughTheView(benchmark::State &state)
{
    const QString path = longLetterPdf(0);
    const std::shared_ptr<const PdfPages> pages = openPages(path);
    ShownView shown;
    if (state.range(0) > 0)
        shown.view.setRenderThreadCount(int(state.range(0)));
    shown.view.setPages(pages);
    const int count = pages->pageCount();
    const double scale = shown.view.zoom() * shown.view.devicePixelRatioF();
    double ours = 0, poppler = 0, popplerKept = 0;
    int runs = 0;
    for (auto _ : state) {
        // Through the view: a fresh cache, each page asked for by scrolling to it and
        // painting, then waited for (rendered on the view's worker, delivered, cached).
        QElapsedTimer t;
        t.start();
        shown.view.setCacheLimitMB(0);
        shown.view.setCacheLimitMB(1024);
        for (int page = 0; page < count; ++page) {
            shown.view.goToPage(page);
            // Painted now, not at the next frame: the frame clock is not the render path.
            shown.view.viewport()->repaint();
            if (!spinUntil([&] { return shown.view.cachedPageCount() >= page + 1; })) {
                state.SkipWithError("a page never came");
                return;
            }
        }
        ours += t.nsecsElapsed() / 1e6;
        poppler += popplerLoopMs(*pages, scale, false);
        popplerKept += popplerLoopMs(*pages, scale, true);
        ++runs;
    }
    state.counters["pages"] = count;
    state.counters["render_threads"] = shown.view.renderThreadCount();
    state.counters["view_ms"] = ours / runs;
    state.counters["poppler_ms"] = poppler / runs;
    state.counters["poppler_kept_ms"] = popplerKept / runs;
    state.counters["view_vs_poppler"] = poppler > 0 ? ours / poppler : 0;
    state.counters["view_vs_poppler_kept"] = popplerKept > 0 ? ours / popplerKept : 0;
}
BENCHMARK(BM_RenderPagesThroughTheView)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_TwoLettersScrolledThrough(benchmark::State &state)
{
    const int limitMb = int(state.range(0));
    for (auto _ : state) {
        // Memory the allocator still holds from the benchmarks before goes back first.
        malloc_trim(0);
        const double before = test::processStatusMb("VmRSS:");
        ShownView a, b;
        a.view.setCacheLimitMB(limitMb);
        b.view.setCacheLimitMB(limitMb);
        a.view.setPages(openPages(longLetterPdf(0)));
        b.view.setPages(openPages(longLetterPdf(1)));
        double maxGap = 0;
        for (ShownView *shown : {&a, &b}) {
            QScrollBar *bar = shown->view.verticalScrollBar();
            while (bar->value() < bar->maximum()) {
                bar->setValue(bar->value() + shown->view.viewport()->height() / 2);
                const int page = shown->view.currentPage();
                spinUntil([&] { return shown->view.cachedPageCount() > 0 && page >= 0; }, &maxGap);
                QElapsedTimer settle;
                settle.start();
                spinUntil([&] { return settle.elapsed() > 30; }, &maxGap);
            }
        }
        state.counters["rss_before_mb"] = before;
        state.counters["rss_after_mb"] = test::processStatusMb("VmRSS:");
        state.counters["cache_mb"] = (a.view.cacheCostKB() + b.view.cacheCostKB()) / 1024.0;
        state.counters["cache_limit_mb"] = 2.0 * limitMb;
        state.counters["max_ui_gap_ms"] = maxGap;
    }
}
BENCHMARK(BM_TwoLettersScrolledThrough)->Arg(64)->Arg(256)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
