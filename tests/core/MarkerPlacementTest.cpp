#include "print/MarkerPlacement.h"
#include "analysis/Analyzer.h"
#include "annotations/AnnotationAnchorer.h"
#include "print/PdfPrintSource.h"
#include "print/PrintPlan.h"
#include "source/DocumentLoader.h"
#include "source/PopplerDocument.h"
#include "spelling/Speller.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

constexpr char kRealPdf[] = DIPTYCH_TEST_DATA "/real/ah-tk-20232024-2271.pdf";

// The word boxes of one page as poppler-utils' pdftotext reads them (not our code), in
// points from the top-left of the crop box, like ours.
QVector<QRectF> pdftotextWords(const QString &pdf, int page)
{
    QProcess run;
    run.start(QStringLiteral("pdftotext"),
              {QStringLiteral("-cropbox"), QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page + 1),
               QStringLiteral("-l"), QString::number(page + 1), pdf, QStringLiteral("-")});
    EXPECT_TRUE(run.waitForFinished(30000));
    static const QRegularExpression word(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)")re"));
    QVector<QRectF> boxes;
    auto it = word.globalMatch(QString::fromUtf8(run.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        boxes.append(QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())));
    }
    return boxes;
}

// A note on the passage that starts at the first occurrence of text in the reading text.
Annotation noteAt(const Analysis &analysis, const QString &text)
{
    const int start = analysis.text.indexOf(text);
    EXPECT_GE(start, 0) << text.toStdString();
    Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("hash"));
    a.note = QStringLiteral("Navragen bij DVB");
    AnnotationAnchorer(analysis).anchor(a, start, start + int(text.size()));
    return a;
}

} // namespace

// Passages that start mid-line, at a line start and right after a footnote call, on a real
// Kamerstuk: each printed marker stands beside the line of the passage and touches no word.
TEST(MarkerPlacement, aPrintedNoteMarkerCoversNoWordOnARealLetter)
{
    const LoadResult loaded = DocumentLoader::load(QString::fromLatin1(kRealPdf));
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    const Analysis analysis = Analyzer(Speller::shared()).analyze(loaded.document);
    const QVector<Annotation> notes = {
        noteAt(analysis, QStringLiteral("hulp aan jongeren")),
        noteAt(analysis, QStringLiteral("Bent u bekend met de opmerkingen")),
        noteAt(analysis, QStringLiteral("code zwart")),
        noteAt(analysis, QStringLiteral("ketenaanpak")),
    };
    const auto pdf = PopplerDocument::open(QString::fromLatin1(kRealPdf));
    ASSERT_TRUE(pdf);
    const PdfPrintSource source(*pdf);
    for (const NotePlacement placement : {NotePlacement::Margin, NotePlacement::Appendix}) {
        PrintOptions options;
        options.notes = placement;
        const PrintPlan plan(source, notes, options);
        ASSERT_EQ(plan.notes().size(), notes.size());
        for (const PrintedNote &note : plan.notes()) {
            SCOPED_TRACE(note.quote.toStdString());
            const QRectF marker = MarkerPlacement::footprint(note.marker);
            for (const QRectF &word : pdftotextWords(QString::fromLatin1(kRealPdf), note.page))
                EXPECT_FALSE(marker.intersects(word)) << "covers the word at " << word.x() << "," << word.y();
            EXPECT_TRUE(QRectF(QPointF(0, 0), pdf->pageSize(note.page)).contains(marker));
        }
    }
}

TEST(MarkerPlacement, standsLevelWithThePassageOnTheSideOfTheNoteElseTheOther)
{
    using Side = MarkerPlacement::Side;
    const QSizeF page(595, 842);
    const QRectF passage(200, 100, 60, 10);
    // A line that starts at 90 and ends at 500.
    const QVector<QRectF> line = {QRectF(90, 100, 100, 10), passage, QRectF(270, 100, 230, 10)};
    const QPointF before = MarkerPlacement::beside(passage, line, page, Side::Before);
    EXPECT_LT(MarkerPlacement::footprint(before).right(), 90);
    EXPECT_DOUBLE_EQ(before.y(), passage.center().y());
    const QPointF after = MarkerPlacement::beside(passage, line, page, Side::After);
    EXPECT_GT(MarkerPlacement::footprint(after).left(), 500);
    EXPECT_DOUBLE_EQ(after.y(), passage.center().y());
    // Text in the left margin on the same line (a margin label): the marker goes after.
    const QVector<QRectF> labelled = line + QVector<QRectF>{QRectF(4, 100, 70, 10)};
    EXPECT_GT(MarkerPlacement::footprint(MarkerPlacement::beside(passage, labelled, page, Side::Before)).left(), 500);
    // A line from edge to edge leaves no room: raised at the passage start, as before.
    const QVector<QRectF> full = {QRectF(2, 100, 590, 10)};
    EXPECT_EQ(MarkerPlacement::beside(passage, full, page, Side::After), QPointF(199, 98.5));
}
