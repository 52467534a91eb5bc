#include "spelling/WordTokenizer.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

QStringList wordsOf(const QString &text)
{
    QStringList out;
    for (const WordToken &token : WordTokenizer::words(text))
        out << token.text;
    return out;
}

} // namespace

TEST(WordTokenizerTest, splitsOnSpacesAndPunctuationAndKeepsPositions)
{
    const QString text = QStringLiteral("De bondgenoten, (ook Zweden) spraken.");
    const QList<WordToken> tokens = WordTokenizer::words(text);
    ASSERT_EQ(tokens.size(), 5);
    EXPECT_EQ(tokens[1].text, QStringLiteral("bondgenoten"));
    EXPECT_EQ(text.mid(tokens[1].start, tokens[1].length), QStringLiteral("bondgenoten"));
    EXPECT_EQ(tokens[2].text, QStringLiteral("ook"));
    EXPECT_EQ(tokens[4].text, QStringLiteral("spraken"));
    EXPECT_EQ(tokens[4].start, text.indexOf(QStringLiteral("spraken")));
}

TEST(WordTokenizerTest, keepsHyphenatedWordsWholeButNotAnEllipticalHyphen)
{
    EXPECT_EQ(wordsOf(QString::fromUtf8("de NAVO-top over Oekraïne-steun, zowel EU- als NAVO-verband")),
              (QStringList{"de", "NAVO-top", "over", QString::fromUtf8("Oekraïne-steun"), "zowel", "EU", "als",
                           "NAVO-verband"}));
}

TEST(WordTokenizerTest, keepsApostrophesInsideWordsAndDutchElisions)
{
    EXPECT_EQ(wordsOf(QString::fromUtf8("In 's-Gravenhage zo'n twee NAVO’s, 't is 'mooi' en Hans' boek")),
              (QStringList{"In", "'s-Gravenhage", "zo'n", "twee", QString::fromUtf8("NAVO’s"), "'t", "is", "mooi", "en",
                           "Hans", "boek"}));
}

TEST(WordTokenizerTest, skipsNumbersKamerstukIdsRomanNumeralsAndAddresses)
{
    const QString text =
        QStringLiteral("Werksessie II op 4 juni 2024, Kamerstuk 28676, nr. 446 (kst-28676-446), zie "
                       "https://zoek.officielebekendmakingen.nl/kst-28676-446.html of www.rijksoverheid.nl en "
                       "mail info@minbuza.nl over G7 en 75-jarig bestaan");
    EXPECT_EQ(wordsOf(text), (QStringList{"Werksessie", "op", "juni", "Kamerstuk", "nr", "zie", "of", "en", "mail",
                                          "over", "en", "bestaan"}));
}

TEST(WordTokenizerTest, keepsOneLetterAbbreviationsWithTheirDots)
{
    EXPECT_EQ(wordsOf(QStringLiteral("d.w.z. o.a. de NAVO. Einde")),
              (QStringList{"d.w.z.", "o.a.", "de", "NAVO", "Einde"}));
}

TEST(WordTokenizerTest, wordAtFindsTheWordUnderOrJustBeforeThePosition)
{
    const QString text = QStringLiteral("de bondgenooten zijn");
    EXPECT_EQ(WordTokenizer::wordAt(text, 5).text, QStringLiteral("bondgenooten"));
    EXPECT_EQ(WordTokenizer::wordAt(text, 15).text, QStringLiteral("bondgenooten")); // after the last n
    EXPECT_EQ(WordTokenizer::wordAt(QStringLiteral("op 2024 ."), 4).start, -1);
}

TEST(WordTokenizerTest, spellingAddsTheDotThatFollowsAWord)
{
    const QList<WordToken> tokens = WordTokenizer::words(QStringLiteral("bijv. de NAVO. o.a. nr"));
    ASSERT_EQ(tokens.size(), 5);
    EXPECT_EQ(tokens[0].spelling(), QStringLiteral("bijv."));
    EXPECT_EQ(tokens[0].length, 4); // the underline stays on the letters
    EXPECT_EQ(tokens[1].spelling(), QStringLiteral("de"));
    EXPECT_EQ(tokens[2].spelling(), QStringLiteral("NAVO."));
    EXPECT_EQ(tokens[3].spelling(), QStringLiteral("o.a."));
    EXPECT_EQ(tokens[4].spelling(), QStringLiteral("nr"));
}
