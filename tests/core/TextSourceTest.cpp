#include "TestData.h"

#include "source/DocumentLoader.h"
#include "source/TextSource.h"

#include <gtest/gtest.h>

using namespace diptych;

TEST(TextSource, samplePagesSplitAtLinesStartingWithOneSpace)
{
    const LoadResult r = DocumentLoader::load(test::dataFile(QStringLiteral("001_76cb035f3064fde5.txt")));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.document.pages.size(), 3);
    EXPECT_EQ(r.document.pages[1].lines.first().text, QStringLiteral("Rusland"));
}

TEST(TextSource, formFeedsSplitPages)
{
    const SourceDocument doc = TextSource::parse(QStringLiteral("a\nb\fc\n\fd"));
    ASSERT_EQ(doc.pages.size(), 3);
    EXPECT_EQ(doc.pages[1].lines.first().text, QStringLiteral("c"));
    EXPECT_EQ(doc.pages[2].lines.first().text, QStringLiteral("d"));
}

TEST(TextSource, blankRunAfterFooterEndsPage)
{
    const LoadResult r = DocumentLoader::load(test::dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.document.pages.last().lines.first().text,
              QStringLiteral("aandacht vragen voor mogelijke synergiën met hervormingen die"));
}

TEST(TextSource, signatureGapIsNotAPageBreak)
{
    const LoadResult r = DocumentLoader::load(test::dataFile(QStringLiteral("000_a60e29c67b147090.txt")));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.document.pages.size(), 2);
    EXPECT_EQ(r.document.pages[0].lines.last().text, QStringLiteral("Hanke Bruins Slot"));
}

TEST(TextSource, windows1252IsDecoded)
{
    const QByteArray bytes("Oekra\xefne en de NAVO \x96 overleg");
    EXPECT_EQ(TextSource::decode(bytes), QStringLiteral("Oekraïne en de NAVO – overleg"));
}
