// Quitting the real program (offscreen; main() is ViewerBench.cpp's): the time from closing
// the window to the last of the program's objects gone, background threads joined.
//  BM_QuitWhileBusy: a first start on a fresh account (the five samples being analysed,
//    indexed and linked) with a real published PDF just opened (its pages being rendered),
//    closed at once: what issue 14 measured at about 2 s.
//  BM_QuitWhenSettled: the same program once everything is done, the reference in the same
//    run (ratio busy_vs_settled).
#include "shell/Application.h"
#include "shell/MainWindow.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <benchmark/benchmark.h>

#include <memory>

using namespace diptych;

namespace {

constexpr char kRealPdf[] = DIPTYCH_TEST_DATA "/real/ah-tk-20232024-2271.pdf";

struct FreshProgram {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("diptych.ini")), QSettings::IniFormat};
    std::unique_ptr<Application> app = std::make_unique<Application>(
        settings, dir.filePath(QStringLiteral("library.sqlite")), dir.filePath(QStringLiteral("samples")));

    void start()
    {
        app->start(CommandLine());
        app->window()->openDocument(QString::fromLatin1(kRealPdf));
    }

    // What File › Quit does (close the window, leave the event loop), then the program's
    // objects destroyed as main() returns, and QCoreApplication's own wait for the tasks of
    // the global thread pool (analyses, page rendering) before the process can end;
    // milliseconds.
    double quit()
    {
        QElapsedTimer timer;
        timer.start();
        app->window()->close();
        app.reset();
        destroyedMs = timer.nsecsElapsed() / 1e6;
        QThreadPool::globalInstance()->waitForDone();
        return timer.nsecsElapsed() / 1e6;
    }
    double destroyedMs = 0;
};

double g_settledMs = 0;

void BM_QuitWhenSettled(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        FreshProgram program;
        program.start();
        if (!QTest::qWaitFor([&] { return program.app->window()->isSettled(); }, 60000)) {
            state.SkipWithError("the program did not settle");
            return;
        }
        QTest::qWait(200);
        state.ResumeTiming();
        const double ms = program.quit();
        state.SetIterationTime(ms / 1000);
        g_settledMs = ms;
    }
}
BENCHMARK(BM_QuitWhenSettled)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_QuitWhileBusy(benchmark::State &state)
{
    double ms = 0;
    for (auto _ : state) {
        state.PauseTiming();
        FreshProgram program;
        program.start();
        QTest::qWait(int(state.range(0))); // the analyses, the index thread and the page renderer under way
        state.ResumeTiming();
        ms = program.quit();
        state.SetIterationTime(ms / 1000);
        state.counters["objects_gone_ms"] = program.destroyedMs;
    }
    state.counters["quit_ms"] = ms;
    if (g_settledMs > 0)
        state.counters["busy_vs_settled"] = ms / g_settledMs;
}
BENCHMARK(BM_QuitWhileBusy)->Arg(0)->Arg(300)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
