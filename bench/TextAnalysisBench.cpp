// Analysis of the five sample text letters, once the dictionary is loaded (target: < 2 ms
// a letter), and two steps alone: the dehyphenator and the footnote detector.

#include "BenchData.h"

#include "analysis/Analyzer.h"
#include "analysis/Dehyphenator.h"
#include "analysis/FootnoteDetector.h"
#include "source/TextSource.h"
#include "spelling/Speller.h"

#include <QFileInfo>

#include <benchmark/benchmark.h>

using namespace diptych;
using diptych::bench::BenchData;

namespace {

void setLabel(benchmark::State &state, int sample)
{
    state.SetLabel(QFileInfo(BenchData::sampleFiles().at(sample)).fileName().left(3).toStdString());
}

// Parse (from memory) and analyse one sample letter.
void BM_AnalyzeSampleText(benchmark::State &state)
{
    const int sample = int(state.range(0));
    const QString text = BenchData::sampleTexts().at(sample);
    const Analyzer analyzer(Speller::shared());
    int pages = 0;
    const bench::WallTimer timer;
    for (auto _ : state) {
        Analysis a = analyzer.analyze(TextSource::parse(text, QStringLiteral("sample.txt")));
        pages = a.pageCount;
        benchmark::DoNotOptimize(a);
    }
    setLabel(state, sample);
    state.counters["pages"] = pages;
    state.counters["us_per_page"] = timer.perUnit(double(state.iterations()) * pages);
}
BENCHMARK(BM_AnalyzeSampleText)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

// Every line-end break of the samples ("bondge-" + "noten"), joined by the dehyphenator.
void BM_DehyphenateSampleBreaks(benchmark::State &state)
{
    QVector<QPair<QString, QString>> breaks;
    QString all;
    for (const QString &text : BenchData::sampleTexts()) {
        all += text;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const QString left = lines[i].trimmed().section(QLatin1Char(' '), -1);
            const QString right = lines[i + 1].trimmed().section(QLatin1Char(' '), 0, 0);
            if (left.size() > 1 && left.endsWith(QLatin1Char('-')) && !right.isEmpty())
                breaks.append({left, right});
        }
    }
    const Dehyphenator dehyphenator(Speller::shared(), Dehyphenator::wordsOf(all));
    const bench::WallTimer timer;
    for (auto _ : state) {
        for (const auto &b : breaks)
            benchmark::DoNotOptimize(dehyphenator.join(b.first, b.second));
    }
    state.counters["breaks"] = double(breaks.size());
    state.counters["us_per_break"] = timer.perUnit(double(state.iterations()) * breaks.size());
}
BENCHMARK(BM_DehyphenateSampleBreaks)->Unit(benchmark::kMicrosecond);

// The footnote step alone on all five samples (the copy of the parsed pages is included:
// the step marks lines in place).
void BM_FootnoteDetectorOnSamples(benchmark::State &state)
{
    QVector<SourceDocument> docs;
    int pages = 0;
    for (const QString &text : BenchData::sampleTexts()) {
        docs.append(TextSource::parse(text));
        pages += docs.last().pages.size();
    }
    const bench::WallTimer timer;
    for (auto _ : state) {
        for (const SourceDocument &doc : docs) {
            SourceDocument copy = doc;
            benchmark::DoNotOptimize(FootnoteDetector::run(copy));
        }
    }
    state.counters["us_per_page"] = timer.perUnit(double(state.iterations()) * pages);
}
BENCHMARK(BM_FootnoteDetectorOnSamples)->Unit(benchmark::kMicrosecond);

} // namespace
