#include "AnalysisFixture.h"

#include "KamerstukPdfWriter.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/TextGeometry.h"
#include "source/PopplerDocument.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;
using Method = AnnotationAnchorer::Method;

namespace {

const QString kSample = QStringLiteral("000_a60e29c67b147090.txt");

// The sample letter as text and re-typeset as PDF, analysed once for all tests.
struct Versions {
    Analysis text;
    Analysis pdf;
    QString pdfPath;
    QTemporaryDir dir;
};

const Versions &versions()
{
    static Versions *v = [] {
        auto *out = new Versions;
        out->text = test::analyzeSample(kSample);
        out->pdfPath = out->dir.filePath(QStringLiteral("sample.pdf"));
        QString error;
        if (test::KamerstukPdfWriter::fromSampleText(test::dataFile(kSample), out->pdfPath, &error))
            Analyzer(Speller::shared()).analyzeFile(out->pdfPath, out->pdf, error);
        return out;
    }();
    return *v;
}

Annotation annotate(const Analysis &analysis, const QString &passage, int occurrence = 0)
{
    int start = analysis.text.indexOf(passage);
    for (int i = 0; i < occurrence; ++i)
        start = analysis.text.indexOf(passage, start + 1);
    Annotation a = Annotation::create(AnnotationKind::Highlight, QStringLiteral("hash"));
    if (start >= 0)
        AnnotationAnchorer(analysis).anchor(a, start, start + passage.size());
    return a;
}

QString placedText(const Analysis &analysis, const AnnotationAnchorer::Placement &p)
{
    return analysis.text.mid(p.position.start, p.position.end - p.position.start);
}

// The words Poppler reads under the quads: an independent look at what the quads cover.
QString wordsUnder(const QString &pdfPath, const PageArea &area)
{
    const auto pdf = PopplerDocument::open(pdfPath);
    QStringList words;
    for (const auto &w : pdf->words(area.page)) {
        for (const QRectF &q : area.quads) {
            if (q.contains(w.box.center())) {
                words << w.text;
                break;
            }
        }
    }
    return words.join(QLatin1Char(' '));
}

// A short letter written out with lines of at most width characters.
QString wrapped(const QStringList &paragraphs, int width)
{
    QString out;
    for (const QString &p : paragraphs) {
        QString line;
        for (const QString &word : p.split(QLatin1Char(' '))) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                out += line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out += line + QStringLiteral("\n\n");
    }
    return out;
}

const QString kOpening = QStringLiteral(
    "Hierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken.");
const QString kParagraph =
    QStringLiteral("De ministers spraken over de steun aan Oekraïne en over de versterking van de afschrikking en "
                   "verdediging van het bondgenootschap. Nederland pleitte voor een snelle uitbreiding van de "
                   "productiecapaciteit van de defensie-industrie in Europa en Noord-Amerika. Het kabinet blijft "
                   "zich inzetten voor een sterke trans-Atlantische band.");

} // namespace

TEST(AnnotationAnchorer, annotationIsPlacedByItsPositionInTheDocumentItWasMadeIn)
{
    const Analysis &a = versions().text;
    const Annotation note = annotate(a, QStringLiteral("secretaris-generaal Stoltenberg onderstreept"));
    ASSERT_TRUE(note.position.isValid());
    EXPECT_EQ(note.quote.prefix.size(), AnnotationAnchorer::kContextLength);
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(a).place(note);
    EXPECT_EQ(p.method, Method::Position);
    EXPECT_EQ(placedText(a, p), QStringLiteral("secretaris-generaal Stoltenberg onderstreept"));
    ASSERT_FALSE(p.areas.isEmpty());
    EXPECT_TRUE(p.areas.first().quads.isEmpty()); // a text document has pages, no boxes
}

TEST(AnnotationAnchorer, annotationFromTheTextVersionLandsOnTheSameWordsInThePdfVersion)
{
    const Versions &v = versions();
    ASSERT_FALSE(v.pdf.text.isEmpty());
    const QString passage =
        QStringLiteral("Dit punt werd na afloop van de iFMM door secretaris-generaal Stoltenberg onderstreept.");
    const Annotation fromText = annotate(v.text, passage);
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(v.pdf).place(fromText);
    ASSERT_TRUE(p.placed());
    EXPECT_EQ(placedText(v.pdf, p), passage);
    ASSERT_EQ(p.areas.size(), 1);
    EXPECT_EQ(p.areas.first().page, fromText.firstPage());
    ASSERT_FALSE(p.areas.first().quads.isEmpty());
    EXPECT_EQ(wordsUnder(v.pdfPath, p.areas.first()), passage);
    // And back: the quads cover exactly the passage's characters.
    const TextPositionSelector back = TextGeometry(v.pdf).rangeFor(p.areas.first().page, p.areas.first().quads);
    EXPECT_EQ(back.start, p.position.start);
    EXPECT_EQ(back.end, p.position.end);
}

TEST(AnnotationAnchorer, partOfAWordGetsOnlyThatPartOfTheWordsBox)
{
    const Versions &v = versions();
    const int start = v.pdf.text.indexOf(QStringLiteral("Stoltenberg"));
    ASSERT_GE(start, 0);
    const QVector<PageArea> whole = TextGeometry(v.pdf).areasFor(start, start + 11);
    const QVector<PageArea> half = TextGeometry(v.pdf).areasFor(start, start + 5);
    ASSERT_EQ(whole.size(), 1);
    ASSERT_EQ(half.size(), 1);
    const QRectF w = whole.first().quads.value(0), h = half.first().quads.value(0);
    EXPECT_DOUBLE_EQ(h.left(), w.left());
    EXPECT_NEAR(h.width(), w.width() * 5 / 11, 0.01);
}

TEST(AnnotationAnchorer, reflowedLetterWithAnExtraParagraphIsPlacedByTheExactQuote)
{
    const Analysis before = test::analyzeText(wrapped({kOpening, kParagraph}, 70));
    const Analysis after = test::analyzeText(
        wrapped({kOpening, QStringLiteral("Dit is een nieuwe alinea die de tekst verschuift."), kParagraph}, 42));
    const Annotation a = annotate(before, QStringLiteral("uitbreiding van de productiecapaciteit"));
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(after).place(a);
    EXPECT_EQ(p.method, Method::Exact);
    EXPECT_EQ(placedText(after, p), QStringLiteral("uitbreiding van de productiecapaciteit"));
    EXPECT_NE(p.position.start, a.position.start);
}

TEST(AnnotationAnchorer, changedHyphenationIsPlacedByTheFoldedQuote)
{
    QString reissued = kParagraph;
    reissued.replace(QStringLiteral("productiecapaciteit"), QStringLiteral("productie-capaciteit"));
    reissued.replace(QStringLiteral("trans-Atlantische"), QStringLiteral("transatlantische"));
    const Analysis before = test::analyzeText(wrapped({kOpening, kParagraph}, 70));
    const Analysis after = test::analyzeText(wrapped({kOpening, reissued}, 55));
    const Annotation a = annotate(before, QStringLiteral("de productiecapaciteit van de defensie-industrie"));
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(after).place(a);
    EXPECT_EQ(p.method, Method::Folded);
    EXPECT_EQ(placedText(after, p), QStringLiteral("de productie-capaciteit van de defensie-industrie"));
    const Annotation b = annotate(before, QStringLiteral("een sterke trans-Atlantische band"));
    EXPECT_EQ(placedText(after, AnnotationAnchorer(after).place(b)),
              QStringLiteral("een sterke transatlantische band"));
}

TEST(AnnotationAnchorer, slightlyRewordedPassageIsPlacedApproximately)
{
    QString reissued = kParagraph;
    reissued.replace(QStringLiteral("Nederland pleitte voor"), QStringLiteral("Nederland pleitte opnieuw voor"));
    const Analysis before = test::analyzeText(wrapped({kOpening, kParagraph}, 70));
    const Analysis after = test::analyzeText(wrapped({kOpening, reissued}, 70));
    const Annotation a = annotate(before, QStringLiteral("Nederland pleitte voor een snelle uitbreiding"));
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(after).place(a);
    EXPECT_EQ(p.method, Method::Approximate);
    EXPECT_EQ(p.errors, 7); // "opnieuw"
    EXPECT_EQ(placedText(after, p), QStringLiteral("Nederland pleitte opnieuw voor een snelle uitbreiding"));
}

TEST(AnnotationAnchorer, prefixAndSuffixChooseAmongSeveralOccurrences)
{
    const Analysis &text = versions().text;
    ASSERT_GE(text.text.count(QStringLiteral("bondgenoten")), 3);
    // The third "bondgenoten", in a letter that gained an opening paragraph: the stored
    // position no longer fits and is nearest to another occurrence.
    const Annotation a = annotate(text, QStringLiteral("bondgenoten"), 2);
    Annotation shifted = a;
    shifted.position.start -= 300;
    shifted.position.end -= 300;
    int nearest = -1;
    for (int at = text.text.indexOf(a.quote.exact); at >= 0; at = text.text.indexOf(a.quote.exact, at + 1)) {
        if (nearest < 0 || std::abs(at - shifted.position.start) < std::abs(nearest - shifted.position.start))
            nearest = at;
    }
    ASSERT_NE(nearest, a.position.start); // nearness alone would choose wrong
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(text).place(shifted);
    EXPECT_EQ(p.method, Method::Exact);
    EXPECT_EQ(p.position.start, a.position.start);
}

TEST(AnnotationAnchorer, passageThatIsNoLongerThereIsReportedNotPlacedAndKept)
{
    const Analysis &text = versions().text;
    Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("hash"));
    a.quote.exact = QStringLiteral("Het kabinet besloot de ambassade in Kyiv tijdelijk te sluiten.");
    a.position = {100, 163};
    a.note = QStringLiteral("Nagaan");
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(text).place(a);
    EXPECT_FALSE(p.placed());
    EXPECT_EQ(AnnotationAnchorer::methodName(p.method), QStringLiteral("not placed"));
    EXPECT_TRUE(AnnotationAnchorer::placed(a, p) == a);
}

TEST(AnnotationAnchorer, pageNoteStaysOnItsPageWhenTheVersionHasThatPage)
{
    const Versions &v = versions();
    Annotation note = Annotation::create(AnnotationKind::PageNote, QStringLiteral("hash"));
    note.areas = {PageArea{1, {QRectF(500, 80, 20, 20)}}};
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(v.pdf).place(note);
    EXPECT_EQ(p.method, Method::Page);
    EXPECT_EQ(p.areas.first().quads, note.areas.first().quads);
    note.areas.first().page = v.pdf.pageCount;
    EXPECT_FALSE(AnnotationAnchorer(v.pdf).place(note).placed());
}
