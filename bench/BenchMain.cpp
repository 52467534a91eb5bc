#include "GuiApp.h"

#include "spelling/Speller.h"

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    // Generating PDFs needs a QGuiApplication; the dictionary loads once, before any timing.
    diptych::test::ensureGuiApp();
    diptych::Speller::shared();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
