// BlockBuilder alone: which body lines make one paragraph.
#include "HandMadePage.h"

#include "analysis/BlockBuilder.h"
#include "source/TextSource.h"

#include <gtest/gtest.h>

using namespace diptych;
using test::HandMadePage;

namespace {

QStringList blockTexts(const SourceDocument &doc)
{
    QStringList out;
    for (const Block &b : BlockBuilder::run(doc))
        out << BlockBuilder::plainText(doc, b);
    return out;
}

} // namespace

TEST(BlockBuilder, aBlankLineStartsABlockAndLinesOfOneParagraphStayTogether)
{
    const SourceDocument doc = TextSource::parse(
        QStringLiteral(
            "De ministers spraken over de steun aan Oekraïne en over de\nlangetermijnsteun van bondgenoten.\n\n"
            "Nederland pleitte voor meer steun.\n"),
        QStringLiteral("t.txt"));
    EXPECT_EQ(blockTexts(doc),
              (QStringList{
                  QStringLiteral(
                      "De ministers spraken over de steun aan Oekraïne en over de langetermijnsteun van bondgenoten."),
                  QStringLiteral("Nederland pleitte voor meer steun.")}));
}

TEST(BlockBuilder, aShortHeadingDirectlyAboveItsTextIsABlockOfItsOwn)
{
    const SourceDocument doc = TextSource::parse(
        QStringLiteral("Oekraïne\nDe ministers spraken over de steun aan Oekraïne en over de langetermijnsteun van\n"
                       "bondgenoten, die de komende jaren nodig blijft.\n"),
        QStringLiteral("t.txt"));
    const QStringList blocks = blockTexts(doc);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.first(), QStringLiteral("Oekraïne"));
}

TEST(BlockBuilder, aParagraphRunsOnAcrossAPageBreakWhenItsSentenceDoes)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 100, 7.8, "De ministers spraken over de steun aan Oekraïne en over de")
        .line(220, 110, 7.8, "langetermijnsteun van bondgenoten, die de komende jaren nodig");
    HandMadePage(doc)
        .line(220, 60, 7.8, "blijft voor de verdediging van het land.")
        .line(220, 80, 7.8, "Nederland pleitte voor meer steun.", true);
    const QStringList blocks = blockTexts(doc);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_TRUE(blocks.first().endsWith(QStringLiteral("nodig blijft voor de verdediging van het land.")));
}

TEST(BlockBuilder, aChangeOfTypeSizeStartsABlock)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 100, 7.8, "Bijgaande cijfers zijn aangeleverd door de politie.")
        .line(220, 110, 6.3, "Meldingen Tumba, kenniscentrum discriminatie en diversiteit");
    EXPECT_EQ(blockTexts(doc).size(), 2);
}

TEST(BlockBuilder, eachItemOfANumberedListIsABlockOfItsOwn)
{
    const SourceDocument doc = TextSource::parse(
        QStringLiteral("Het rapport kende drie hoofdadviezen:\n"
                       "1. De Gezondheidsraad adviseert om in te zetten op preventie en vroege behandeling.\n"
                       "2. Specifieke adviezen van de Gezondheidsraad over comorbiditeit. Dit zijn\n"
                       "adviezen die de primair aan het veld zijn gericht.\n"
                       "3. De Gezondheidsraad adviseert om een onderzoeksagenda op te stellen.\n"),
        QStringLiteral("t.txt"));
    const QStringList blocks = blockTexts(doc);
    ASSERT_EQ(blocks.size(), 4);
    EXPECT_TRUE(blocks[2].startsWith(QStringLiteral("2. Specifieke")));
    EXPECT_TRUE(blocks[2].endsWith(QStringLiteral("aan het veld zijn gericht.")));
}
