#include "TestData.h"

#include "KamerstukPdfWriter.h"

#include "analysis/FurniturePatterns.h"
#include "source/DocumentLoader.h"
#include "source/PdfLineBuilder.h"
#include "source/PdfPages.h"
#include "source/PdfSource.h"
#include "source/TextSource.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace diptych;
using test::KamerstukPdfWriter;
using test::KamerstukSpec;

namespace {

const QString kFooter = QStringLiteral("Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446");

const QString kFirstParagraph =
    QStringLiteral("Op 30 en 31 mei 2024 kwamen de NAVO-ministers van Buitenlandse Zaken bijeen in Praag. "
                   "Deze informele bijeenkomst stond hoofdzakelijk in het teken van de voorbereidingen voor "
                   "de NAVO-top in Washington. Het kabinet heeft de motie van de leden Paternotte en "
                   "Brekelmans om in NAVO-verband te pleiten voor een strategie voor de lange termijn "
                   "gestand gedaan^1. Bondgenoten herbevestigden hun standvastigheid om Oekraïne politiek, "
                   "financieel en militair te blijven steunen.");

QString markup()
{
    return QStringLiteral("# Inleiding\n\n") + kFirstParagraph
           + QStringLiteral("\n\nNederland heeft inmiddels meer dan EUR 1,6 miljard aan militaire steun aan "
                            "Oekraïne geleverd.^2 Nederland riep hiernaast op om capaciteitsopbouw aan te bieden.\n\n"
                            "# Oekraïne\n\nDe bondgenoten bevestigden dat de uitspraken van de Top in Boekarest "
                            "onverminderd gelden.\n\n---\n\n"
                            "Op de aanstaande bijeenkomst van NAVO-ministers van Defensie wordt verder gesproken.\n\n"
                            "[^1]: Motie van de leden Paternotte en Brekelmans over in NAVO-verband pleiten voor "
                            "een strategie om een robuust luchtafweersysteem op te bouwen, nummer 21501-02-2898.\n\n"
                            "[^2]: Kamerstukken 22 054 en 36 045, nr. 390");
}

class GeneratedPdf : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
        QString error;
        ASSERT_TRUE(KamerstukPdfWriter::write(KamerstukSpec::fromMarkup(markup()), pdf, &error)) << error.toStdString();
        result = PdfSource::load(pdf);
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        for (const Page &page : result.document.pages)
            lines += page.lines;
    }

    const Line *lineContaining(const QString &text) const
    {
        for (const Line &line : lines) {
            if (line.text.contains(text))
                return &line;
        }
        return nullptr;
    }

    int indexOf(const QString &text) const
    {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].text == text)
                return i;
        }
        return -1;
    }

    QTemporaryDir dir;
    LoadResult result;
    QVector<Line> lines;
};

// The lines of a paragraph read back as the paragraph (a line-end hyphen before a
// lowercase letter would be a soft break; this text has none).
QString joined(const QVector<Line> &lines, int from, int to)
{
    QStringList parts;
    for (int i = from; i < to; ++i)
        parts << lines[i].text;
    return parts.join(QLatin1Char(' '));
}

QString withoutMarks(QString text) { return text.replace(QStringLiteral("^"), QString()); }

} // namespace

TEST_F(GeneratedPdf, headerBlockComesFirstInReadingOrder)
{
    ASSERT_GE(lines.size(), 7);
    EXPECT_EQ(lines[0].text, QStringLiteral("Tweede Kamer der Staten-Generaal"));
    EXPECT_EQ(lines[1].text, QStringLiteral("Vergaderjaar 2023–2024"));
    EXPECT_EQ(lines[2].text, QStringLiteral("28 676 NAVO"));
    EXPECT_EQ(lines[3].text, QStringLiteral("Nr. 446 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"));
    EXPECT_EQ(lines[4].text, QStringLiteral("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"));
    EXPECT_EQ(lines[5].text, QStringLiteral("Den Haag, 4 december 2023"));
    EXPECT_EQ(lines[6].text, QStringLiteral("Inleiding"));
}

TEST_F(GeneratedPdf, paragraphLinesReadBackAsTheParagraphText)
{
    const int heading = indexOf(QStringLiteral("Inleiding"));
    const int next = indexOf(QStringLiteral("Oekraïne"));
    ASSERT_GE(heading, 0);
    ASSERT_GT(next, heading);
    // Inleiding, first paragraph, second paragraph, then the next heading.
    int second = heading + 2;
    while (second < next && !lines[second].gapBefore)
        ++second;
    ASSERT_LT(second, next);
    EXPECT_GT(second - heading - 1, 2) << "the paragraph should wrap over several lines";
    EXPECT_EQ(joined(lines, heading + 1, second), withoutMarks(kFirstParagraph));
}

TEST_F(GeneratedPdf, footnoteLinesAreSmallerThanBodyLines)
{
    const Line *note = lineContaining(QStringLiteral("1 Motie van de leden"));
    const Line *body = lineContaining(QStringLiteral("Bondgenoten herbevestigden"));
    ASSERT_TRUE(note);
    ASSERT_TRUE(body);
    EXPECT_TRUE(note->text.startsWith(QStringLiteral("1 Motie")));
    EXPECT_LT(note->fontSize, 0.85 * body->fontSize);
    EXPECT_GT(note->fontSize, 0.5 * body->fontSize);
}

TEST_F(GeneratedPdf, superscriptCallsAreRaisedAndGluedToTheirWord)
{
    for (const QString &glued : {QStringLiteral("gestand gedaan1."), QStringLiteral("geleverd.2 ")}) {
        const Line *line = lineContaining(glued);
        ASSERT_TRUE(line) << glued.toStdString();
        const QString digit = glued.contains(QLatin1Char('1')) ? QStringLiteral("1") : QStringLiteral("2");
        int raised = 0;
        for (const Word &word : line->words) {
            if (word.raised) {
                ++raised;
                EXPECT_EQ(word.text, digit);
            }
        }
        EXPECT_EQ(raised, 1) << line->text.toStdString();
    }
    const Line *plain = lineContaining(QStringLiteral("Den Haag, 4 december"));
    ASSERT_TRUE(plain);
    for (const Word &word : plain->words)
        EXPECT_FALSE(word.raised) << word.text.toStdString();
}

TEST_F(GeneratedPdf, gapBeforeMarksParagraphStartsOnly)
{
    const int heading = indexOf(QStringLiteral("Inleiding"));
    ASSERT_GE(heading, 0);
    EXPECT_TRUE(lines[heading].gapBefore);
    EXPECT_TRUE(lines[heading + 1].gapBefore);
    EXPECT_FALSE(lines[heading + 2].gapBefore);
    const Line *second = lineContaining(QStringLiteral("Nederland heeft inmiddels"));
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->gapBefore);
    const Line *note = lineContaining(QStringLiteral("1 Motie"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->gapBefore);
}

TEST_F(GeneratedPdf, footerLineClosesEveryPageWithItsNumber)
{
    ASSERT_EQ(result.document.pages.size(), 2);
    for (const Page &page : result.document.pages) {
        ASSERT_FALSE(page.lines.isEmpty());
        EXPECT_EQ(page.lines.last().text, kFooter + QLatin1Char(' ') + QString::number(page.index + 1));
        EXPECT_EQ(page.lines.last().page, page.index);
    }
    EXPECT_EQ(result.document.pages[1].lines.first().text.left(22), QStringLiteral("Op de aanstaande bijee"));
}

TEST_F(GeneratedPdf, pageSizesAreA4InPoints)
{
    for (const Page &page : result.document.pages) {
        EXPECT_NEAR(page.size.width(), 595.3, 0.5);
        EXPECT_NEAR(page.size.height(), 841.9, 0.5);
    }
    EXPECT_EQ(result.document.format, SourceFormat::Pdf);
}

TEST(KamerstukPdfWriter, softHyphenBreaksAWordWithAVisibleHyphen)
{
    QTemporaryDir dir;
    KamerstukSpec spec;
    spec.header.clear();
    QStringList words;
    for (int i = 0; i < 30; ++i)
        words << (QStringLiteral("veiligheids") + QChar(0x00AD) + QStringLiteral("arrangementen"));
    spec.blocks.append({KamerstukSpec::Block::Kind::Paragraph, words.join(QLatin1Char(' '))});
    const QString pdf = dir.filePath(QStringLiteral("hyphen.pdf"));
    ASSERT_TRUE(KamerstukPdfWriter::write(spec, pdf));
    const LoadResult r = PdfSource::load(pdf);
    ASSERT_TRUE(r.ok());
    const QVector<Line> &lines = r.document.pages[0].lines;
    int breaks = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_FALSE(lines[i].text.contains(QChar(0x00AD)));
        if (lines[i].text.endsWith(QStringLiteral(" veiligheids-"))) {
            ++breaks;
            EXPECT_TRUE(lines[i + 1].text.startsWith(QStringLiteral("arrangementen ")));
        }
    }
    EXPECT_GT(breaks, 0);
}

TEST(KamerstukPdfWriter, longFootnoteContinuesOnTheNextPage)
{
    QTemporaryDir dir;
    KamerstukSpec spec;
    spec.header.clear();
    const QString sentence = QStringLiteral("Bondgenoten spraken over de voortgang van de steun. ");
    spec.blocks.append({KamerstukSpec::Block::Kind::Paragraph, sentence.repeated(80)});
    spec.blocks.append({KamerstukSpec::Block::Kind::Paragraph, QStringLiteral("Zie de motie.^1 Einde.")});
    spec.footnotes.insert(1, QStringLiteral("Begin van de noot. ")
                                 + QStringLiteral("Een lange toelichting bij de motie. ").repeated(60)
                                 + QStringLiteral("Slotwoord."));
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(KamerstukPdfWriter::write(spec, pdf));
    const LoadResult r = PdfSource::load(pdf);
    ASSERT_TRUE(r.ok());
    int callPage = -1, startPage = -1, endPage = -1;
    for (const Page &page : r.document.pages) {
        for (const Line &line : page.lines) {
            if (line.text.startsWith(QStringLiteral("Zie de motie.1")))
                callPage = page.index;
            if (line.text.startsWith(QStringLiteral("1 Begin van de noot.")))
                startPage = page.index;
            if (line.text.endsWith(QStringLiteral("Slotwoord.")))
                endPage = page.index;
        }
    }
    ASSERT_GE(callPage, 0);
    EXPECT_EQ(startPage, callPage);
    EXPECT_EQ(endPage, callPage + 1);
}

TEST(KamerstukPdfWriter, sameSpecGivesTheSameBytes)
{
    QTemporaryDir dir;
    const KamerstukSpec spec = KamerstukSpec::fromMarkup(markup());
    const QString a = dir.filePath(QStringLiteral("a.pdf")), b = dir.filePath(QStringLiteral("b.pdf"));
    ASSERT_TRUE(KamerstukPdfWriter::write(spec, a));
    ASSERT_TRUE(KamerstukPdfWriter::write(spec, b));
    QFile fa(a), fb(b);
    ASSERT_TRUE(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray da = fa.readAll();
    EXPECT_GT(da.size(), 1000);
    EXPECT_TRUE(da == fb.readAll());
}

namespace {

QVector<QStringList> pageTexts(const SourceDocument &doc)
{
    QVector<QStringList> pages;
    for (const Page &page : doc.pages) {
        QStringList texts;
        for (const Line &line : page.lines) {
            if (!FurniturePatterns::isPageFooter(line.text))
                texts << line.text.simplified();
        }
        pages << texts;
    }
    return pages;
}

} // namespace

class SampleAsPdf : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SampleAsPdf, givesTheSameLinesPerPageAsTheTextSource)
{
    QTemporaryDir dir;
    const QString text = test::dataFile(QString::fromLatin1(GetParam()));
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    QString error;
    ASSERT_TRUE(KamerstukPdfWriter::fromSampleText(text, pdf, &error)) << error.toStdString();
    const LoadResult fromText = DocumentLoader::load(text);
    const LoadResult fromPdf = DocumentLoader::load(pdf);
    ASSERT_TRUE(fromText.ok());
    ASSERT_TRUE(fromPdf.ok()) << fromPdf.error.toStdString();
    const auto expected = pageTexts(fromText.document);
    const auto actual = pageTexts(fromPdf.document);
    ASSERT_EQ(actual.size(), expected.size());
    for (int p = 0; p < expected.size(); ++p) {
        EXPECT_FALSE(actual[p].isEmpty());
        EXPECT_EQ(actual[p], expected[p]) << "page " << p;
        // The footer is on every page of the PDF.
        EXPECT_TRUE(FurniturePatterns::isPageFooter(fromPdf.document.pages[p].lines.last().text));
    }
}

INSTANTIATE_TEST_SUITE_P(AllSamples, SampleAsPdf,
                         ::testing::Values("000_a60e29c67b147090.txt", "001_76cb035f3064fde5.txt",
                                           "002_e47a5db50cc64457.txt", "003_eafaf4e2d27f033a.txt",
                                           "004_cd1c5c75dbeda8f3.txt"));

TEST(PdfLineBuilder, callNumberAboveItsLineIsAttachedRaisedAndGlued)
{
    // "gedaan" with a small "1" whose box lies wholly above the word (no vertical overlap).
    const QVector<PopplerDocument::TextWord> words = {
        {QStringLiteral("termijn"), QRectF(100, 200, 40, 10), true},
        {QStringLiteral("gedaan"), QRectF(143, 200, 35, 10), false},
        {QStringLiteral("1"), QRectF(178, 193, 3, 6), false},
        {QStringLiteral("."), QRectF(181, 200, 2, 10), false},
        {QStringLiteral("volgende"), QRectF(100, 213, 45, 10), false},
    };
    const QVector<Line> lines = PdfLineBuilder::build(words, 3);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].text, QStringLiteral("termijn gedaan1."));
    EXPECT_EQ(lines[0].page, 3);
    ASSERT_EQ(lines[0].words.size(), 4);
    EXPECT_TRUE(lines[0].words[2].raised);
    EXPECT_FALSE(lines[0].words[1].raised);
    EXPECT_EQ(lines[1].text, QStringLiteral("volgende"));
}

TEST(PdfLineBuilder, ligatureGlyphsBecomeLetters)
{
    const QVector<PopplerDocument::TextWord> words = {{QStringLiteral("ﬁnancieel"), QRectF(100, 200, 40, 10), false}};
    const QVector<Line> lines = PdfLineBuilder::build(words, 0);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].text, QStringLiteral("financieel"));
}

TEST(PdfPages, rendersGeneratedPagesTheSameFromSeveralThreads)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("render.pdf"));
    ASSERT_TRUE(KamerstukPdfWriter::write(KamerstukSpec::fromMarkup(markup()), pdf));
    QString error;
    const auto pages = PdfPages::open(pdf, &error);
    ASSERT_TRUE(pages) << error.toStdString();
    ASSERT_EQ(pages->pageCount(), 2);
    EXPECT_NEAR(pages->pageSize(0).width(), 595.3, 0.5);
    const QImage reference = pages->render(0, 0.5);
    ASSERT_FALSE(reference.isNull());
    EXPECT_NEAR(reference.width(), 298, 1);
    int dark = 0;
    for (int y = 0; y < reference.height(); ++y) {
        for (int x = 0; x < reference.width(); ++x)
            dark += qGray(reference.pixel(x, y)) < 128;
    }
    EXPECT_GT(dark, 500) << "the page shows text";
    QVector<QImage> images(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] { images[t] = pages->render(0, 0.5); });
    for (auto &thread : threads)
        thread.join();
    for (const QImage &image : images)
        EXPECT_TRUE(image == reference);
    EXPECT_TRUE(pages->render(5, 1.0).isNull());
}
