// ReadingTextBuilder alone: lines joined into the reading text, hyphens and web addresses
// across line ends, call marks taken out.
#include "analysis/ReadingTextBuilder.h"
#include "analysis/BlockBuilder.h"
#include "analysis/Dehyphenator.h"
#include "analysis/FootnoteDetector.h"
#include "source/TextSource.h"
#include "spelling/Speller.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

Analysis build(const char *text)
{
    SourceDocument doc = TextSource::parse(QString::fromUtf8(text), QStringLiteral("t.txt"));
    const QVector<FootnoteDraft> notes = FootnoteDetector::run(doc);
    QVector<Block> blocks = BlockBuilder::run(doc);
    const Dehyphenator dehyphenator(Speller::shared(), {});
    Analysis a;
    ReadingTextBuilder(doc, dehyphenator).build(blocks, notes, a);
    return a;
}

} // namespace

TEST(ReadingTextBuilder, aWordBrokenAtALineEndIsJoinedAndARealHyphenKept)
{
    const Analysis a = build("De langetermijnsteun van bondge-\nnoten en het NAVO-\nlidmaatschap van Oekraïne.\n");
    EXPECT_EQ(a.text, QStringLiteral("De langetermijnsteun van bondgenoten en het NAVO-lidmaatschap van Oekraïne."));
}

TEST(ReadingTextBuilder, aWebAddressBrokenAtALineEndIsJoinedWithoutASpace)
{
    const Analysis a =
        build("Zie https://\nwww.rijksoverheid.nl/documenten/mid-term-\nreview-iza en de brief\nvan juni.\n");
    EXPECT_EQ(a.text,
              QStringLiteral("Zie https://www.rijksoverheid.nl/documenten/mid-term-review-iza en de brief van juni."));
}

TEST(ReadingTextBuilder, callMarksLeaveTheTextAndAreRecordedWithTheWordsBeforeThem)
{
    const Analysis a = build("De bondgenoten hebben hun toezeggingen gestand gedaan1. Dat is goed.\n\n"
                             "Nederland heeft daaraan bijgedragen.\n\n1 Kamerstuk 28 676, nr. 434\n");
    EXPECT_TRUE(a.text.startsWith(QStringLiteral("De bondgenoten hebben hun toezeggingen gestand gedaan. Dat")));
    ASSERT_EQ(a.footnotes.size(), 1);
    EXPECT_EQ(a.footnotes[0].text, QStringLiteral("Kamerstuk 28 676, nr. 434"));
    ASSERT_EQ(a.footnotes[0].calls.size(), 1);
    EXPECT_EQ(a.footnotes[0].calls[0].before, QStringLiteral("toezeggingen gestand gedaan"));
    EXPECT_EQ(a.notesText, QStringLiteral("1 Kamerstuk 28 676, nr. 434\n"));
}

TEST(ReadingTextBuilder, paragraphsAreSeparatedByABlankLineAndEveryPieceHasItsSpan)
{
    const Analysis a = build("Eerste alinea over Oekraïne.\n\nTweede alinea over China.\n");
    EXPECT_EQ(a.text, QStringLiteral("Eerste alinea over Oekraïne.\n\nTweede alinea over China."));
    ASSERT_EQ(a.spans.size(), 2);
    EXPECT_EQ(a.text.mid(a.spans[1].start, a.spans[1].end - a.spans[1].start),
              QStringLiteral("Tweede alinea over China."));
}
