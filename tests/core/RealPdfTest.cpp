// The analysis steps on real Tweede Kamer PDFs (tests/data/real/), one fact each, written
// from the page (pdftotext -bbox, the page images); tests/tools/score-structure scores the
// whole structure of every file against tests/data/real/*.gold.json.
#include "AnalysisFixture.h"

#include "analysis/FootnoteDetector.h"
#include "analysis/FurnitureDetector.h"
#include "analysis/HeadBlockDetector.h"
#include "source/DocumentLoader.h"

#include <gtest/gtest.h>

using namespace diptych;
using test::dataFile;

namespace {

SourceDocument load(const char *name)
{
    LoadResult loaded = DocumentLoader::load(dataFile(QStringLiteral("real/") + QLatin1String(name)));
    EXPECT_TRUE(loaded.ok()) << loaded.error.toStdString();
    return loaded.document;
}

Analysis analyze(const char *name) { return Analyzer(Speller::shared()).analyze(load(name)); }

const Line *lineWithText(const Page &page, const QString &text)
{
    for (const Line &line : page.lines) {
        if (line.text == text)
            return &line;
    }
    return nullptr;
}

const Footnote *note(const Analysis &a, int number)
{
    for (const Footnote &n : a.footnotes) {
        if (n.number == number)
            return &n;
    }
    return nullptr;
}

} // namespace

// "’s-Gravenhage 2024" stands in the margin column on the row of the running footer.
TEST(RealPdf, aMarginLabelBesideTheFooterIsALineOfItsOwnAndBothAreFurniture)
{
    SourceDocument doc = load("ah-tk-20232024-1314.pdf");
    FurnitureDetector::run(doc);
    const Line *place = lineWithText(doc.pages[0], QStringLiteral("’s-Gravenhage 2024"));
    const Line *footer =
        lineWithText(doc.pages[0], QStringLiteral("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"));
    ASSERT_NE(place, nullptr);
    ASSERT_NE(footer, nullptr);
    EXPECT_EQ(place->role, LineRole::Furniture);
    EXPECT_EQ(footer->role, LineRole::Furniture);
}

TEST(RealPdf, theHeadBlockOfAMotionEndsAtDeKamer)
{
    SourceDocument doc = load("kst-21501-02-3121.pdf");
    const HeadBlock head = HeadBlockDetector::run(doc);
    EXPECT_EQ(head.dossier, QStringLiteral("21 501-02"));
    EXPECT_EQ(head.number, QStringLiteral("3121"));
    EXPECT_TRUE(head.lines.contains(QStringLiteral("MOTIE VAN HET LID CEDER")));
    EXPECT_TRUE(head.lines.contains(QStringLiteral("Zaken"))); // the dossier title's second line
    EXPECT_TRUE(head.lines.contains(QStringLiteral("Voorgesteld 10 april 2025")));
    EXPECT_FALSE(head.lines.contains(QStringLiteral("De Kamer,")));
}

TEST(RealPdf, theHeadBlockOfAnAanhangselKeepsItsIntroductionInTheText)
{
    const Analysis a = analyze("ah-tk-20232024-1314.pdf");
    EXPECT_TRUE(a.text.startsWith(QStringLiteral("Vragen van de leden Mutluer (GroenLinks-PvdA)")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Aanhangsel van de Handelingen")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("1314")));
    EXPECT_TRUE(a.title.isEmpty());
}

// Note numbers are raised digits on a baseline of their own at the page bottom; the call
// after "brief." stands on a short last line, where the digit alone would pull the median down.
TEST(RealPdf, raisedNoteNumbersAndCallsAfterPunctuationAreFound)
{
    const Analysis a = analyze("ah-tk-20232024-2271.pdf");
    ASSERT_EQ(a.footnotes.size(), 17);
    const Footnote *five = note(a, 5);
    ASSERT_NE(five, nullptr);
    EXPECT_EQ(five->text, QStringLiteral("Kamerstukken II, 2023/2024, 31 839, nr. 1024"));
    ASSERT_EQ(five->calls.size(), 1);
    EXPECT_EQ(five->calls.first().at.page, 2);
    EXPECT_TRUE(five->calls.first().before.endsWith(QStringLiteral("brief.")));
    const Footnote *sixteen = note(a, 16);
    ASSERT_NE(sixteen, nullptr);
    ASSERT_EQ(sixteen->calls.size(), 1);
    EXPECT_TRUE(sixteen->calls.first().before.endsWith(QStringLiteral("691)"))); // "691)16"
    EXPECT_FALSE(a.text.contains(QStringLiteral("691)16")));
}

TEST(RealPdf, aCallAtTheEndOfAPagesLastLineIsOnThatPage)
{
    const Analysis a = analyze("ah-tk-20232024-1771.pdf");
    const Footnote *two = note(a, 2);
    ASSERT_NE(two, nullptr);
    ASSERT_EQ(two->calls.size(), 1);
    EXPECT_EQ(two->calls.first().at.page, 0);
}

// Note 1 ends with a web address (no full stop); the small-type table at the bottom of page 2
// starts at the text column, not where note text starts, so it is no continuation.
TEST(RealPdf, aTableInSmallTypeOnTheNextPageDoesNotContinueANote)
{
    const Analysis a = analyze("ah-tk-20232024-1314.pdf");
    const Footnote *one = note(a, 1);
    ASSERT_NE(one, nullptr);
    EXPECT_TRUE(one->text.endsWith(QStringLiteral("tegen-actief-regenboogbeleid")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("TOTAAL 12 17 40")));
}

TEST(RealPdf, aWebAddressBrokenOverLinesIsJoinedWithoutSpaceAndKeepsItsHyphens)
{
    const Analysis a = analyze("ah-tk-20232024-1314.pdf");
    const Footnote *two = note(a, 2);
    ASSERT_NE(two, nullptr);
    EXPECT_TRUE(two->text.endsWith(QStringLiteral(
        "https://www.movisie.nl/sites/movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf")));
    const Analysis b = analyze("ah-tk-20232024-1999.pdf");
    ASSERT_FALSE(b.footnotes.isEmpty());
    EXPECT_TRUE(b.footnotes.first().text.contains(QStringLiteral("ambtenaren-zien-nog-veel-juridische-hobbels")));
}

TEST(RealPdf, documentTypesAndKindsComeFromTheForm)
{
    const Analysis aanhangsel = analyze("ah-tk-20232024-1432.pdf");
    EXPECT_EQ(aanhangsel.docType, DocumentType::Aanhangsel);
    EXPECT_EQ(aanhangsel.kind, DocumentKind::Other); // its answers look ahead: "zal", "naar verwachting"
    EXPECT_EQ(aanhangsel.meeting.type, MeetingType::None);
    const Analysis motie = analyze("kst-21501-02-3121.pdf");
    EXPECT_EQ(motie.docType, DocumentType::Motie);
    EXPECT_EQ(motie.selfId, QStringLiteral("kst-21501-02-3121"));
    EXPECT_TRUE(test::referenceIds(motie).isEmpty()); // its own id is no reference
    EXPECT_TRUE(motie.sections.isEmpty()); // "Ceder" signs; it is no heading
}

// "Het rapport kende drie hoofdadviezen: 1. … 2. … 3. …" as printed on page 3 of 2271.
TEST(RealPdf, aNumberedListIsNotMergedIntoOneParagraph)
{
    const Analysis a = analyze("ah-tk-20232024-2271.pdf");
    EXPECT_TRUE(a.text.contains(QStringLiteral("hoofdadviezen:\n\n1. De Gezondheidsraad adviseert")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("\n\n2. Specifieke adviezen van de Gezondheidsraad")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("\n\n3. De Gezondheidsraad adviseert")));
}
