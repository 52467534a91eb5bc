#include "AnalysisFixture.h"
#include "CliRun.h"

#include "GuiApp.h"
#include "KamerstukPdfWriter.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "print/AnnotatedPrinter.h"
#include "print/TextPrintSource.h"
#include "source/PopplerDocument.h"

#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace diptych;

namespace {

const QColor kYellow(255, 220, 0);

struct Letter {
    QString path;
    Analysis analysis;
    QVector<Annotation> annotations; // reading order
    QStringList notes; // the note texts in reading order
};

struct Fixture {
    QTemporaryDir dir;
    QString db;
    Letter pdf;
    Letter text;
    int pdfPages = 0;
};

Annotation at(const Analysis &a, AnnotationKind kind, int start, int length, const QString &note, const QString &hash)
{
    Annotation x = Annotation::create(kind, hash);
    x.note = note;
    if (kind == AnnotationKind::Highlight || kind == AnnotationKind::HighlightNote)
        x.color = kYellow;
    AnnotationAnchorer(a).anchor(x, start, start + length);
    return x;
}

int startOfPage(const Analysis &a, int page)
{
    for (const TextSpan &s : a.spans)
        if (s.page >= page)
            return s.start;
    return -1;
}

bool load(Letter &letter)
{
    QString error;
    return Analyzer(Speller::shared()).analyzeFile(letter.path, letter.analysis, error);
}

// Stored newest-first in reading order the other way round, so an unsorted print would show.
bool store(const QString &db, const QVector<Annotation> &annotations)
{
    SqliteAnnotationStore s(db);
    if (!s.open())
        return false;
    for (int i = annotations.size() - 1; i >= 0; --i)
        if (!s.put(annotations[i]))
            return false;
    return true;
}

// A re-typeset sample letter (PDF) and a sample text letter, each with notes on two pages,
// a plain highlight and an underline, in one annotation database.
const Fixture &fixture()
{
    static Fixture *f = [] {
        test::ensureGuiApp();
        auto *out = new Fixture;
        out->db = out->dir.filePath(QStringLiteral("annotations.db"));
        out->pdf.path = out->dir.filePath(QStringLiteral("brief.pdf"));
        out->text.path = test::dataFile(QStringLiteral("000_a60e29c67b147090.txt"));
        if (!test::KamerstukPdfWriter::fromSampleText(test::dataFile(QStringLiteral("001_76cb035f3064fde5.txt")),
                                                      out->pdf.path)
            || !load(out->pdf) || !load(out->text))
            return out;
        out->pdfPages = out->pdf.analysis.pageCount;
        for (Letter *l : {&out->pdf, &out->text}) {
            const Analysis &a = l->analysis;
            const QString hash = LibraryStore::hashFile(l->path);
            // The last note near the end: on the PDF's second page, late in the text letter
            // (whose second source page starts within its first lines).
            const int second = l == &out->pdf ? startOfPage(a, 1) : int(a.text.size()) - 200;
            l->notes = {QStringLiteral("Eerste aantekening: navragen bij DGPZ"),
                        QStringLiteral("Tweede aantekening: dit staat ook in de geannoteerde agenda"),
                        QStringLiteral("Derde aantekening, verderop in de brief")};
            l->annotations = {at(a, AnnotationKind::HighlightNote, 400, 60, l->notes[0], hash),
                              at(a, AnnotationKind::Underline, 560, 30, QString(), hash),
                              at(a, AnnotationKind::Highlight, 700, 40, l->notes[1], hash),
                              at(a, AnnotationKind::HighlightNote, second + 120, 50, l->notes[2], hash)};
            store(out->db, l->annotations);
        }
        return out;
    }();
    return *f;
}

QString pageText(const PopplerDocument &pdf, int page)
{
    QStringList words;
    for (const auto &w : pdf.words(page))
        words << w.text;
    return words.join(QLatin1Char(' '));
}

QString allText(const PopplerDocument &pdf)
{
    QStringList pages;
    for (int p = 0; p < pdf.pageCount(); ++p)
        pages << pageText(pdf, p);
    return pages.join(QLatin1Char(' '));
}

// Runs diptych-cli print on the letter into name.pdf and opens the result.
std::unique_ptr<PopplerDocument> printed(const Letter &letter, const QString &name, const QStringList &options)
{
    const Fixture &f = fixture();
    const QString out = f.dir.filePath(name + QStringLiteral(".pdf"));
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("print"), QStringLiteral("--store"), f.db}
                                          + options + QStringList{letter.path, out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return PopplerDocument::open(out);
}

void expectInOrder(const QString &text, const QStringList &notes)
{
    int from = 0;
    for (const QString &note : notes) {
        const int at = text.indexOf(note, from);
        EXPECT_GE(at, 0) << "missing or out of order: " << note.toStdString();
        from = qMax(from, at);
    }
}

// The share of the rect's pixels (page points) that show the highlight's yellow.
double yellowShare(const PopplerDocument &pdf, int page, const QRectF &rect)
{
    const double scale = 2.0;
    const QImage image = pdf.render(page, scale).convertToFormat(QImage::Format_RGB32);
    int yellow = 0, all = 0;
    for (int y = int(rect.top() * scale) + 1; y < int(rect.bottom() * scale) - 1; ++y)
        for (int x = int(rect.left() * scale) + 1; x < int(rect.right() * scale) - 1; ++x) {
            const QColor c = image.pixelColor(x, y);
            yellow += c.red() > 200 && c.green() > 170 && c.blue() < 170 ? 1 : 0;
            ++all;
        }
    return all ? double(yellow) / all : 0.0;
}

double meanGrey(const PopplerDocument &pdf, int page, const QRectF &rect)
{
    const QImage image = pdf.render(page, 2.0).convertToFormat(QImage::Format_Grayscale8);
    const QRect r(int(rect.left() * 2) + 1, int(rect.top() * 2) + 1, int(rect.width() * 2) - 2,
                  int(rect.height() * 2) - 2);
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / (r.width() * r.height());
}

} // namespace

TEST(PrintPdf, appendixListsEveryNoteInReadingOrderOnOnePageMore)
{
    const Fixture &f = fixture();
    ASSERT_GE(f.pdfPages, 2);
    const auto pdf =
        printed(f.pdf, QStringLiteral("appendix"), {QStringLiteral("--notes"), QStringLiteral("appendix")});
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->pageCount(), f.pdfPages + 1);
    const QString appendix = pageText(*pdf, pdf->pageCount() - 1);
    expectInOrder(appendix, f.pdf.notes);
    // The quoted passage of the first note is listed with it.
    EXPECT_TRUE(appendix.contains(f.pdf.annotations[0].quote.exact.simplified().left(30)));
}

// What is printed is Dutch, whatever the program's language: the appendix's own words.
TEST(PrintPdf, theAppendixSpeaksDutch)
{
    const Fixture &f = fixture();
    const auto pdf = printed(f.pdf, QStringLiteral("dutch"), {QStringLiteral("--notes"), QStringLiteral("appendix")});
    ASSERT_TRUE(pdf);
    const QString appendix = pageText(*pdf, pdf->pageCount() - 1);
    EXPECT_TRUE(appendix.startsWith(QStringLiteral("Aantekeningen"))) << appendix.left(80).toStdString();
    EXPECT_TRUE(appendix.contains(QStringLiteral("pagina 1")));
    EXPECT_FALSE(appendix.contains(QStringLiteral("Notes")));
    EXPECT_FALSE(appendix.contains(QStringLiteral("page 1")));
}

TEST(PrintPdf, marginNotesStayOnTheirPagesWithoutExtraPages)
{
    const Fixture &f = fixture();
    const auto pdf = printed(f.pdf, QStringLiteral("margin"), {});
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->pageCount(), f.pdfPages);
    expectInOrder(pageText(*pdf, 0), f.pdf.notes.mid(0, 2));
    EXPECT_TRUE(pageText(*pdf, 1).contains(f.pdf.notes[2]));
    expectInOrder(allText(*pdf), f.pdf.notes);
}

TEST(PrintPdf, highlightColourIsWhereThePassageIs)
{
    const Fixture &f = fixture();
    const PageArea area = f.pdf.annotations[2].areas.first();
    ASSERT_EQ(area.page, 0);
    const QRectF quad = area.quads.first();
    const auto with = printed(f.pdf, QStringLiteral("colour"), {QStringLiteral("--notes"), QStringLiteral("appendix")});
    const auto without = printed(f.pdf, QStringLiteral("plain"), {QStringLiteral("--no-annotations")});
    ASSERT_TRUE(with && without);
    EXPECT_GT(yellowShare(*with, 0, quad), 0.4);
    EXPECT_LT(yellowShare(*without, 0, quad), 0.02);
    // Well below the passage the page is as it was.
    EXPECT_LT(yellowShare(*with, 0, quad.translated(0, 200)), 0.02);
}

TEST(PrintPdf, greyscaleHighlightIsDarkerThanTheTintAlone)
{
    const Fixture &f = fixture();
    const QRectF quad = f.pdf.annotations[2].areas.first().quads.first();
    const QStringList appendix{QStringLiteral("--notes"), QStringLiteral("appendix")};
    const auto grey = printed(f.pdf, QStringLiteral("grey"), appendix + QStringList{QStringLiteral("--greyscale")});
    const auto colour = printed(f.pdf, QStringLiteral("tint"), appendix);
    ASSERT_TRUE(grey && colour);
    EXPECT_LT(meanGrey(*grey, 0, quad), meanGrey(*colour, 0, quad) - 5);
}

TEST(PrintPdf, printedTextStaysSelectable)
{
    const Fixture &f = fixture();
    const auto source = PopplerDocument::open(f.pdf.path);
    const auto pdf = printed(f.pdf, QStringLiteral("vector"), {QStringLiteral("--no-annotations")});
    ASSERT_TRUE(source && pdf);
    ASSERT_EQ(pdf->pageCount(), source->pageCount());
    for (int page = 0; page < source->pageCount(); ++page) {
        QStringList printedWords;
        for (const auto &w : pdf->words(page))
            printedWords << w.text;
        const auto words = source->words(page);
        int found = 0;
        for (const auto &w : words)
            found += printedWords.contains(w.text) ? 1 : 0;
        EXPECT_GE(found, int(words.size() * 0.95)) << "page " << page;
    }
}

TEST(PrintPdf, withoutAnnotationsNoNoteIsPrinted)
{
    const Fixture &f = fixture();
    const auto pdf = printed(f.pdf, QStringLiteral("none"), {QStringLiteral("--no-annotations")});
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->pageCount(), f.pdfPages);
    for (const QString &note : f.pdf.notes)
        EXPECT_FALSE(allText(*pdf).contains(note));
}

TEST(PrintPdf, onlyAnnotatedPagesAndPageRangeLeaveTheOthersOut)
{
    const Fixture &f = fixture();
    ASSERT_GE(f.pdfPages, 3);
    const auto annotated = printed(f.pdf, QStringLiteral("only"), {QStringLiteral("--only-annotated")});
    ASSERT_TRUE(annotated);
    EXPECT_EQ(annotated->pageCount(), 2);
    const auto source = PopplerDocument::open(f.pdf.path);
    const auto second = printed(f.pdf, QStringLiteral("range"), {QStringLiteral("--pages"), QStringLiteral("3-3")});
    ASSERT_TRUE(second);
    EXPECT_EQ(second->pageCount(), 1);
    EXPECT_EQ(pageText(*second, 0), pageText(*source, 2));
}

TEST(PrintText, textLetterPrintsWithItsNotesInOrderAndTheHighlightInPlace)
{
    const Fixture &f = fixture();
    const auto pdf = printed(f.text, QStringLiteral("text"), {QStringLiteral("--notes"), QStringLiteral("appendix")});
    ASSERT_TRUE(pdf);
    // The reading text fills at least a page; the notes list follows it.
    ASSERT_GE(pdf->pageCount(), 2);
    expectInOrder(pageText(*pdf, pdf->pageCount() - 1), f.text.notes);
    // The reading text is on the pages: its first words open the first page.
    EXPECT_TRUE(pageText(*pdf, 0).startsWith(f.text.analysis.text.simplified().section(QLatin1Char(' '), 0, 3)));
    const TextPrintSource layout(f.text.analysis, AnnotatedPrinter::a4());
    const QVector<PageArea> areas = layout.areasOf(f.text.annotations[2]);
    ASSERT_FALSE(areas.isEmpty());
    EXPECT_GT(yellowShare(*pdf, areas.first().page, areas.first().quads.first()), 0.4);
    // The highlighted words are printed inside their box.
    const QRectF box = areas.first().quads.first();
    QStringList inside;
    for (const auto &w : pdf->words(areas.first().page))
        if (box.adjusted(-2, -2, 2, 2).contains(w.box.center()))
            inside << w.text;
    ASSERT_FALSE(inside.isEmpty());
    int fromQuote = 0;
    for (const QString &word : inside)
        fromQuote += f.text.annotations[2].quote.exact.contains(word) ? 1 : 0;
    EXPECT_GE(fromQuote, inside.size() - 1) << inside.join(QLatin1Char(' ')).toStdString();
}

// The line boxes a text letter's page gives MarkerPlacement are where its words are printed.
TEST(PrintText, eachPagesTextBoxesHoldTheWordsPrintedOnIt)
{
    Letter longest; // the longest sample, several printed pages
    longest.path = test::dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt"));
    ASSERT_TRUE(load(longest));
    const auto pdf = printed(longest, QStringLiteral("boxes"), {QStringLiteral("--no-annotations")});
    ASSERT_TRUE(pdf);
    const TextPrintSource layout(longest.analysis, AnnotatedPrinter::a4());
    ASSERT_GE(layout.pageCount(), 2);
    for (int page = 0; page < layout.pageCount(); ++page) {
        const QVector<QRectF> boxes = layout.textBoxes(page);
        ASSERT_FALSE(boxes.isEmpty()) << "page " << page;
        int outside = 0;
        const auto words = pdf->words(page);
        for (const auto &w : words) {
            const bool inABox = std::any_of(boxes.begin(), boxes.end(), [&](const QRectF &box) {
                return box.adjusted(-2, -2, 2, 2).contains(w.box.center());
            });
            outside += inABox ? 0 : 1;
        }
        ASSERT_FALSE(words.isEmpty());
        EXPECT_EQ(outside, 0) << "page " << page << ": " << outside << " of " << words.size() << " words";
    }
}

TEST(PrintHandout, holdsBothSidesSectionTitlesUnderTheMeeting)
{
    test::ensureGuiApp();
    const QTemporaryDir dir;
    const QString agenda = test::dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt"));
    const QString verslag = test::dataFile(QStringLiteral("001_76cb035f3064fde5.txt"));
    const QString out = dir.filePath(QStringLiteral("handout.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("handout"), agenda, verslag, out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto pdf = PopplerDocument::open(out);
    ASSERT_TRUE(pdf);
    const QString text = allText(*pdf).simplified();
    EXPECT_TRUE(pageText(*pdf, 0).startsWith(QStringLiteral("FMM"))) << pageText(*pdf, 0).left(80).toStdString();
    EXPECT_TRUE(pageText(*pdf, 0).left(120).contains(QStringLiteral("Brussel")));
    for (const QString &file : {agenda, verslag}) {
        const Analysis a = test::analyzeSample(QFileInfo(file).fileName());
        ASSERT_FALSE(a.sections.isEmpty());
        for (const Section &s : a.sections)
            EXPECT_TRUE(text.contains(s.title.simplified())) << s.title.toStdString();
    }
}

TEST(PrintCli, missingCorruptOrEncryptedInputIsAClearErrorAndNoFile)
{
    const Fixture &f = fixture();
    const QString corrupt = f.dir.filePath(QStringLiteral("corrupt.pdf"));
    QFile c(corrupt);
    ASSERT_TRUE(c.open(QIODevice::WriteOnly));
    c.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage");
    c.close();
    const QString locked = f.dir.filePath(QStringLiteral("locked.pdf"));
    QProcess::execute(QStringLiteral("qpdf"),
                      {QStringLiteral("--encrypt"), QStringLiteral("geheim"), QStringLiteral("geheim"),
                       QStringLiteral("256"), QStringLiteral("--"), f.pdf.path, locked});
    ASSERT_TRUE(QFile::exists(locked));
    const QString missing = f.dir.filePath(QStringLiteral("missing.pdf"));
    for (const QString &in : {missing, corrupt, locked}) {
        const QString out = f.dir.filePath(QStringLiteral("bad-out.pdf"));
        const test::CliRun run = test::runCli({QStringLiteral("print"), QStringLiteral("--store"), f.db, in, out});
        EXPECT_EQ(run.exitCode, 1) << in.toStdString();
        EXPECT_TRUE(run.err.contains(QFileInfo(in).fileName().toUtf8())) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
    const test::CliRun locked1 = test::runCli(
        {QStringLiteral("print"), QStringLiteral("--store"), f.db, locked, f.dir.filePath(QStringLiteral("x.pdf"))});
    EXPECT_TRUE(locked1.err.contains("password")) << locked1.err.toStdString();
    const test::CliRun handout =
        test::runCli({QStringLiteral("handout"), missing, f.text.path, f.dir.filePath(QStringLiteral("h.pdf"))});
    EXPECT_EQ(handout.exitCode, 1);
}

TEST(PrintCli, unwritableOutputAndBadOptionsFail)
{
    const Fixture &f = fixture();
    const test::CliRun unwritable = test::runCli({QStringLiteral("print"), QStringLiteral("--store"), f.db, f.text.path,
                                                  QStringLiteral("/nonexistent-dir/out.pdf")});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains("out.pdf")) << unwritable.err.toStdString();
    for (const QStringList &bad : {QStringList{QStringLiteral("--pages"), QStringLiteral("5-2")},
                                   QStringList{QStringLiteral("--notes"), QStringLiteral("sideways")},
                                   QStringList{QStringLiteral("--colour")}}) {
        const test::CliRun run = test::runCli(QStringList{QStringLiteral("print")} + bad
                                              + QStringList{f.text.path, QStringLiteral("o.pdf")});
        EXPECT_EQ(run.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(PrintPdf, printerPathPaintsPagesAsVectorsWithSelectableTextAndMarks)
{
    // What File › Print and the preview use: the pages painted through Poppler's QPainter
    // backend onto the device, here a PDF writer standing in for the printer.
    const Fixture &f = fixture();
    const auto source = PopplerDocument::open(f.pdf.path);
    ASSERT_TRUE(source);
    PrintOptions options;
    options.notes = NotePlacement::Appendix;
    options.adoptPageSizes = true;
    const QString out = f.dir.filePath(QStringLiteral("printer.pdf"));
    {
        QPdfWriter writer(out);
        ASSERT_TRUE(AnnotatedPrinter(f.pdf.analysis, f.pdf.annotations, source.get(), options).print(writer));
    }
    const auto pdf = PopplerDocument::open(out);
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->pageCount(), f.pdfPages + 1);
    QStringList printedWords;
    for (const auto &w : pdf->words(0))
        printedWords << w.text;
    int found = 0;
    const auto words = source->words(0);
    for (const auto &w : words)
        found += printedWords.contains(w.text) ? 1 : 0;
    EXPECT_GE(found, int(words.size() * 0.95));
    const QRectF quad = f.pdf.annotations[2].areas.first().quads.first();
    EXPECT_GT(yellowShare(*pdf, 0, quad), 0.4);
    // The page itself is painted, not left blank: dark text pixels below the passage.
    EXPECT_LT(meanGrey(*pdf, 0, quad.translated(0, 60)), 250);
}
