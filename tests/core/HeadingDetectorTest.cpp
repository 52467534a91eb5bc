// HeadingDetector alone: sessions, topic headings, the title, and what is no heading.
#include "HandMadePage.h"

#include "analysis/BlockBuilder.h"
#include "analysis/HeadingDetector.h"
#include "source/TextSource.h"

#include <gtest/gtest.h>

using namespace diptych;
using test::HandMadePage;

namespace {

QStringList headingsOf(SourceDocument doc, QString *title = nullptr)
{
    QVector<Block> blocks = BlockBuilder::run(doc);
    const HeadingFacts facts = HeadingDetector::run(doc, blocks, 0);
    if (title && facts.titleBlock >= 0)
        *title = BlockBuilder::plainText(doc, blocks[facts.titleBlock]);
    QStringList out;
    for (int b : facts.headingBlocks)
        out << BlockBuilder::plainText(doc, blocks[b]);
    return out;
}

QStringList headingsOf(const char *text, QString *title = nullptr)
{
    return headingsOf(TextSource::parse(QString::fromUtf8(text), QStringLiteral("t.txt")), title);
}

} // namespace

TEST(HeadingDetector, sessionsAreParsedWithTheirNumberAndTitle)
{
    Section s;
    ASSERT_TRUE(HeadingDetector::parseSession(QStringLiteral("Werksessie II – Partnerschappen"), s));
    EXPECT_EQ(s.number, 2);
    EXPECT_EQ(s.label, QStringLiteral("II"));
    EXPECT_EQ(s.title, QStringLiteral("Partnerschappen"));
    ASSERT_TRUE(HeadingDetector::parseSession(QStringLiteral("Sessie 3: NATO-Ukraine Council"), s));
    EXPECT_EQ(s.number, 3);
    ASSERT_TRUE(HeadingDetector::parseSession(QStringLiteral("Avondsessie met deelname van Finland en Zweden"), s));
    EXPECT_EQ(s.number, 0);
    EXPECT_EQ(s.title, QStringLiteral("Avondsessie met deelname van Finland en Zweden"));
    EXPECT_FALSE(HeadingDetector::parseSession(QStringLiteral("Sessies van de Raad zijn openbaar."), s));
    EXPECT_EQ(HeadingDetector::romanValue(QStringLiteral("XIV")), 14);
}

TEST(HeadingDetector, theFirstHeadingIsTheTitleAndTheShortLinesAfterItTopics)
{
    QString title;
    const QStringList headings =
        headingsOf("Geannoteerde agenda NAVO Foreign Ministers Meeting 3-4 april 2024\n\n"
                   "De bijeenkomst vindt plaats in Brussel. De minister zal deelnemen.\n\n"
                   "Oekraïne\n\nDe ministers zullen spreken over de steun aan Oekraïne.\n\n"
                   "Vraag 1\n\nHeeft u kennisgenomen van het artikel?\n\n"
                   "Bijgaande cijfers zijn aangeleverd door de politie:\n\nDe cijfers volgen hieronder in een tabel.\n",
                   &title);
    EXPECT_EQ(title, QStringLiteral("Geannoteerde agenda NAVO Foreign Ministers Meeting 3-4 april 2024"));
    // A question and a line that announces what follows are sentences, not headings.
    EXPECT_EQ(headings, (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("Vraag 1")}));
}

// The rows of a table stand in columns far apart; the line just above a table is its caption.
TEST(HeadingDetector, aTableAndItsCaptionAreNoHeadings)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 100, 7.8, "Bijgaande cijfers zijn aangeleverd door de politie en door het meldpunt in de regio.")
        .line(220, 120, 6.3, "Meldingen Tumba, kenniscentrum discriminatie", true)
        .row(135, 6.3, {{220, QStringLiteral("Grond")}, {370, QStringLiteral("2021")}, {450, QStringLiteral("2022")}},
             true)
        .row(150, 6.3, {{220, QStringLiteral("TOTAAL")}, {370, QStringLiteral("12")}, {450, QStringLiteral("17")}},
             true)
        .line(220, 170, 7.8, "Het is van groot belang dat iedereen zich veilig en geaccepteerd weet.", true);
    EXPECT_TRUE(headingsOf(doc).isEmpty());
}
