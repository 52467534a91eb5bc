#include "analysis/WordIndex.h"
#include "analysis/KindDetector.h"

#include <gtest/gtest.h>

using namespace diptych;

// The index must find every place a caseless \bword\b expression would match, or the
// kind markers would miss what they counted before.
TEST(WordIndex, findsWholeWordsInAnyCaseAtTheirPositions)
{
    const QString text = QStringLiteral("Zal hij? Zallen_zal, x2zal; \u00e9zal ZAL.");
    const WordIndex index(text, {QStringLiteral("zal"), QStringLiteral("plaats")});
    EXPECT_FALSE(index.uncertain());
    // Not "Zallen_zal" (one word with '_') or "x2zal"; "ézal" is one: é is no \b word character.
    EXPECT_EQ(index.positionsOf({QStringLiteral("zal")}), (QVector<qsizetype>{0, 29, 33}));
    EXPECT_TRUE(index.positionsOf({QStringLiteral("plaats")}).isEmpty());
    EXPECT_TRUE(index.positionsOf({QStringLiteral("niet gevraagd")}).isEmpty());
}

TEST(WordIndex, aLetterThatMatchesAnAsciiLetterWithoutCaseMakesItUncertain)
{
    EXPECT_TRUE(WordIndex(QStringLiteral("a.\u017f."), {QStringLiteral("s")}).uncertain()); // long s
    EXPECT_TRUE(WordIndex(QStringLiteral("\u212aomt"), {QStringLiteral("komt")}).uncertain()); // Kelvin sign
    EXPECT_FALSE(WordIndex(QStringLiteral("\u00e9\u00e9n"), {QStringLiteral("een")}).uncertain());
}

// A caseless 's' also matches the long s; the markers then scan the whole text as before.
TEST(WordIndex, kindMarkersStillCountWhatTheExpressionMatches)
{
    EXPECT_EQ(KindDetector::forwardMarkers(QStringLiteral("Op 3 april a.\u017f. in Brussel.")), 1);
    EXPECT_EQ(KindDetector::forwardMarkers(QStringLiteral("Op 3 april A.S. in Brussel. Zij ZULLEN komen.")), 2);
}
