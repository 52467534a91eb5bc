// Printing an annotated 20-page letter to PDF, and the time until a preview can show its
// first page, against Poppler rendering the same pages (and the same first page) in this
// process and against pdftocairo -pdf (a whole-file PDF-to-PDF print by Poppler's Cairo
// backend). Targets: 20 pages in under 3 s; the first preview page in under 1 s.

#include "BenchData.h"
#include "KamerstukPdfWriter.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationAnchorer.h"
#include "print/AnnotatedPrinter.h"
#include "print/PageImages.h"
#include "source/PopplerDocument.h"
#include "spelling/Speller.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace diptych;

namespace {

// A letter of at least 20 pages made of the sample letters' paragraphs, with a highlight
// every 1,500 characters and a note on every other one.
struct Letter {
    QTemporaryDir dir;
    QString pdf;
    Analysis analysis;
    QVector<Annotation> annotations;
    std::unique_ptr<PopplerDocument> pages;
};

// The sample letters' paragraphs, letter after letter (round and round), count letters long.
QString markup(int count)
{
    QStringList blocks;
    const QStringList &texts = bench::BenchData::sampleTexts();
    for (int i = 0; i < count; ++i) {
        blocks << QStringLiteral("# Werksessie %1").arg(i + 1);
        for (const QString &paragraph : texts[i % texts.size()].split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            if (paragraph.simplified().size() > 80)
                blocks << paragraph.simplified();
    }
    return blocks.join(QStringLiteral("\n\n"));
}

const Letter &letter()
{
    static Letter *l = [] {
        auto *out = new Letter;
        out->pdf = out->dir.filePath(QStringLiteral("brief-20.pdf"));
        QString error;
        // Letter by letter until the PDF has 20 pages.
        for (int letters = 8; !out->pages || out->pages->pageCount() < 20; ++letters) {
            test::KamerstukPdfWriter::write(test::KamerstukSpec::fromMarkup(markup(letters)), out->pdf, &error);
            out->pages = PopplerDocument::open(out->pdf);
        }
        Analyzer(Speller::shared()).analyzeFile(out->pdf, out->analysis, error);
        const AnnotationAnchorer anchorer(out->analysis);
        for (int start = 200, i = 0; start + 80 < out->analysis.text.size(); start += 1500, ++i) {
            Annotation a = Annotation::create(i % 3 == 2 ? AnnotationKind::Underline : AnnotationKind::HighlightNote,
                                              QStringLiteral("bench"));
            if (i % 2 == 0)
                a.note =
                    QStringLiteral("Aantekening %1: navragen bij de directie en meenemen naar het overleg").arg(i + 1);
            anchorer.anchor(a, start, start + 80);
            out->annotations.append(a);
        }
        return out;
    }();
    return *l;
}

void BM_PrintAnnotatedLetterToPdf(benchmark::State &state)
{
    const Letter &l = letter();
    const QString out = l.dir.filePath(QStringLiteral("printed.pdf"));
    PrintOptions options;
    options.notes = state.range(0) ? NotePlacement::Margin : NotePlacement::Appendix;
    for (auto _ : state) {
        const AnnotatedPrinter printer(l.analysis, l.annotations, l.pages.get(), options);
        if (!printer.writePdf(out))
            state.SkipWithError("print failed");
    }
    state.counters["pages"] = l.pages->pageCount();
    state.counters["annotations"] = l.annotations.size();
}
BENCHMARK(BM_PrintAnnotatedLetterToPdf)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// What paper gets (File › Print): every page painted as vectors through Poppler's QPainter
// backend, here onto an in-memory PDF writer standing in for the printer.
void BM_PrintAnnotatedLetterAsVectors(benchmark::State &state)
{
    const Letter &l = letter();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        AnnotatedPrinter(l.analysis, l.annotations, l.pages.get(), PrintOptions()).print(writer);
    }
}
BENCHMARK(BM_PrintAnnotatedLetterAsVectors)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// A preview's first pass: the pages painted into its recording (here an in-memory PDF),
// then the first page rasterised for the screen.
QImage previewFirstPage(const Letter &l, const PrintOptions &options, PageImages *images = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    AnnotatedPrinter(l.analysis, l.annotations, l.pages.get(), options, images).print(writer);
    const auto first = PopplerDocument::fromData(buffer.data());
    return first ? first->render(0, 96.0 / 72.0) : QImage();
}

// The preview before issue 5: every page painted as a 150 dpi image before it shows any.
void BM_PreviewEveryPageFirst(benchmark::State &state)
{
    const Letter &l = letter();
    PrintOptions options;
    options.rasterDpi = 150;
    for (auto _ : state)
        benchmark::DoNotOptimize(previewFirstPage(l, options));
}
BENCHMARK(BM_PreviewEveryPageFirst)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Time to the first preview page, as the app's preview does it now: the first page rendered
// at once, placeholders for the others while PageImages renders them in the background.
// The background work runs on while this is timed (it competes for the cores, as in the
// app); waiting for it to stop is left out.
void BM_PreviewFirstPage(benchmark::State &state)
{
    const Letter &l = letter();
    for (auto _ : state) {
        auto images = PageImages::open(l.pdf, 150);
        benchmark::DoNotOptimize(previewFirstPage(l, PrintOptions(), images.get()));
        state.PauseTiming();
        images.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_PreviewFirstPage)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Time until the preview can have every page: the first pass as above, then the wait for
// the background to render the rest. (Painting them again from the images is quick in the
// app, whose preview records pages as pictures; a PDF writer would compress every image.)
void BM_PreviewAllPagesInBackground(benchmark::State &state)
{
    const Letter &l = letter();
    for (auto _ : state) {
        auto images = PageImages::open(l.pdf, 150);
        benchmark::DoNotOptimize(previewFirstPage(l, PrintOptions(), images.get()));
        images->waitForRest();
        if (!images->isComplete())
            state.SkipWithError("pages missing");
    }
}
BENCHMARK(BM_PreviewAllPagesInBackground)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Reference: Poppler rasterises the first page at 150 dpi in this process.
void BM_PopplerRenderFirstPage(benchmark::State &state)
{
    const Letter &l = letter();
    for (auto _ : state)
        benchmark::DoNotOptimize(l.pages->render(0, 150.0 / 72.0));
}
BENCHMARK(BM_PopplerRenderFirstPage)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Reference: Poppler rasterises the same pages at 150 dpi in this process.
void BM_PopplerRenderSameLetter(benchmark::State &state)
{
    const Letter &l = letter();
    for (auto _ : state)
        for (int page = 0; page < l.pages->pageCount(); ++page)
            benchmark::DoNotOptimize(l.pages->render(page, 150.0 / 72.0));
}
BENCHMARK(BM_PopplerRenderSameLetter)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Reference: pdftocairo -pdf prints the same file to PDF (process start included).
void BM_PdftocairoSameLetter(benchmark::State &state)
{
    const Letter &l = letter();
    const QString out = l.dir.filePath(QStringLiteral("cairo.pdf"));
    for (auto _ : state) {
        QProcess cairo;
        cairo.start(QStringLiteral("pdftocairo"), {QStringLiteral("-pdf"), l.pdf, out});
        if (!cairo.waitForFinished(60000) || cairo.exitCode() != 0)
            state.SkipWithError("pdftocairo failed");
    }
}
BENCHMARK(BM_PdftocairoSameLetter)->Unit(benchmark::kMillisecond)->MinTime(3.0);

} // namespace
