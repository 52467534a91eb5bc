#pragma once

#include <chrono>

#include <QString>
#include <QStringList>

namespace diptych::bench {

// Inputs shared by the benchmarks, prepared once per process.
class BenchData
{
public:
    // The five sample letters of tests/data, as file paths and as their text.
    static const QStringList &sampleFiles();
    static const QStringList &sampleTexts();

    // Generated Kamerstuk PDFs: the files in $DIPTYCH_BENCH_PDFS when set (scripts/bench.sh
    // passes its batch), otherwise a corpus of $DIPTYCH_BENCH_LETTERS (default 24) letters
    // written to a temporary directory on first use.
    static const QStringList &pdfFiles();
};

// Wall-clock microseconds per unit (page, letter, break) over a benchmark's whole loop:
// start it just before `for (auto _ : state)`, call perUnit() after the loop.
class WallTimer
{
public:
    WallTimer() : m_start(std::chrono::steady_clock::now()) {}
    double perUnit(double units) const
    {
        const std::chrono::duration<double, std::micro> us = std::chrono::steady_clock::now() - m_start;
        return units > 0 ? us.count() / units : 0;
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

} // namespace diptych::bench
