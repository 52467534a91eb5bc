// FurnitureDetector alone: running lines, the head block and what it learns from them.
#include "HandMadePage.h"

#include "analysis/FurnitureDetector.h"
#include "source/TextSource.h"

#include <gtest/gtest.h>

using namespace diptych;
using test::HandMadePage;

namespace {

SourceDocument text(const char *t) { return TextSource::parse(QString::fromUtf8(t), QStringLiteral("t.txt")); }

} // namespace

TEST(FurnitureDetector, aLineAtThePageEdgeOfBothPagesIsFurnitureWhateverItsPageNumber)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 100, 7.8, "De ministers spraken over Oekraïne.")
        .line(220, 110, 7.8, "Nederland pleitte voor meer steun.")
        .line(220, 770, 8.3, "Ministerie van Buitenlandse Zaken | blad 1", true);
    HandMadePage(doc)
        .line(220, 100, 7.8, "De ministers spraken over China.")
        .line(220, 110, 7.8, "Nederland pleitte voor eensgezindheid.")
        .line(220, 770, 8.3, "Ministerie van Buitenlandse Zaken | blad 2", true);
    FurnitureDetector::run(doc);
    EXPECT_EQ(doc.pages[0].lines[2].role, LineRole::Furniture);
    EXPECT_EQ(doc.pages[1].lines[2].role, LineRole::Furniture);
    EXPECT_EQ(doc.pages[0].lines[0].role, LineRole::Body);
}

// "3 Kamerstuk 28 676, nr. 113" and "4 Kamerstuk 28 676, nr. 113" repeat with only their
// number changed, but that number is no page number: notes, not a running footer.
TEST(FurnitureDetector, notesCitingTheSameKamerstukOnEveryPageAreNoFurniture)
{
    SourceDocument doc = text("De ministers spraken over Oekraïne3.\n\n3 Kamerstuk 28 676, nr. 113\n\f"
                              "De ministers spraken over China4.\n\n4 Kamerstuk 28 676, nr. 113\n\f"
                              "De ministers spraken over Iran5.\n\n5 Kamerstuk 28 676, nr. 113\n");
    FurnitureDetector::run(doc);
    for (const Page &page : doc.pages)
        EXPECT_EQ(page.lines.last().role, LineRole::Body) << page.lines.last().text.toStdString();
}

TEST(FurnitureDetector, theOwnIdComesFromTheFooterWithASubDossier)
{
    SourceDocument doc = text("De Kamer,\n\ngehoord de beraadslaging,\n\n"
                              "Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121\n");
    const FurnitureFacts facts = FurnitureDetector::run(doc);
    EXPECT_EQ(facts.selfId, QStringLiteral("kst-21501-02-3121"));
    EXPECT_EQ(facts.vergaderjaar, 2024);
    EXPECT_EQ(doc.pages[0].lines.last().role, LineRole::Furniture);
}

TEST(FurnitureDetector, theHeadBlockOfATextExportGivesTheOwnIdAndTheLetterDate)
{
    SourceDocument doc =
        text("Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n\n28 676 NAVO\n\n"
             "Nr. 446 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
             "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 4 december 2023\n\n"
             "Hierbij bied ik u de geannoteerde agenda aan.\n");
    const FurnitureFacts facts = FurnitureDetector::run(doc);
    EXPECT_EQ(facts.selfId, QStringLiteral("kst-28676-446"));
    EXPECT_EQ(facts.letterDate, QDate(2023, 12, 4));
    EXPECT_EQ(doc.pages[0].lines.last().role, LineRole::Body);
    EXPECT_TRUE(facts.head.lines.contains(QStringLiteral("Nr. 446 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")));
}

// In a PDF the head block is read from the page: the margin labels, the text beside them, a
// number in display type, up to the first line of running text.
TEST(FurnitureDetector, thePdfHeadBlockEndsAtTheFirstLineOfRunningText)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(55, 66, 16.5, "Tweede Kamer der Staten-Generaal")
        .line(55, 130, 8.8, "Vergaderjaar 2023–2024", true)
        .line(55, 190, 11.2, "28 676", true)
        .line(221, 190, 11.2, "Noord-Atlantische Verdragsorganisatie (NAVO)")
        .line(55, 290, 8.3, "Nr. 446", true)
        .line(221, 290, 8.3, "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
        .line(221, 320, 8.3, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", true)
        .line(221, 340, 8.3, "Den Haag, 4 december 2023", true)
        .line(221, 370, 8.3, "Hierbij bied ik u de geannoteerde agenda aan voor de", true)
        .line(221, 380, 8.3, "NAVO-bijeenkomst van ministers van Buitenlandse Zaken.")
        .line(221, 400, 8.3, "De minister van Buitenlandse Zaken,", true)
        .line(221, 410, 8.3, "H.G.J. Bruins Slot");
    const FurnitureFacts facts = FurnitureDetector::run(doc);
    EXPECT_EQ(facts.selfId, QStringLiteral("kst-28676-446"));
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(doc.pages[0].lines[i].role, LineRole::Furniture) << doc.pages[0].lines[i].text.toStdString();
    for (int i = 8; i < doc.pages[0].lines.size(); ++i)
        EXPECT_EQ(doc.pages[0].lines[i].role, LineRole::Body) << doc.pages[0].lines[i].text.toStdString();
}
