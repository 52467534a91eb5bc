#include "spelling/SpellChecker.h"

#include "AnalysisFixture.h"
#include "SpellingTestBase.h"
#include "spelling/WordTokenizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

// A checker whose personal list lives in its own temporary folder (in a subfolder, so the
// checker has to create it).
class SpellCheckerTest : public SpellingTestBase
{
protected:
    QString listPath() const { return personalListPath(QStringLiteral("spelling/personal-words.txt")); }
};

QString u8(const char *text) { return QString::fromUtf8(text); }

} // namespace

TEST_F(SpellCheckerTest, acceptsDutchWordsCompoundsAndHyphenatedCompounds)
{
    SpellChecker checker(listPath());
    for (const char *word :
         {"bondgenoten", "bondgenootschappelijke", "defensie-uitgaven", "NAVO-top", "Oekraïne-steun",
          "regeringsleiders", "'s-Gravenhage", "zo'n", "zo’n", "d.w.z.", "bijv.", "Bondgenoten", "BONDGENOTEN"})
        EXPECT_TRUE(checker.isCorrect(u8(word))) << word;
}

TEST_F(SpellCheckerTest, rejectsMisspellingsAndAWrongPartOfAHyphenatedWord)
{
    SpellChecker checker(listPath());
    for (const char *word : {"bondgenooten", "defensieuitgaven", "NAVO-topp", "Oekraïne-stuen", "bondgenootschapelijke",
                             "navo", "XQZWVB", "bijv"})
        EXPECT_FALSE(checker.isCorrect(u8(word))) << word;
}

TEST_F(SpellCheckerTest, knowsTheDomainWordsAndApostropheSAfterAcronyms)
{
    SpellChecker checker(listPath());
    for (const char *word : {"NAVO", "FMM", "iFMM", "Kamerstuk", "werksessie", "DIP", "FMM's", "NAVO’s", "agenda's",
                             "Stoltenberg", "Indo-Pacific"})
        EXPECT_TRUE(checker.isCorrect(u8(word))) << word;
    // 's only after an acronym or a vowel, and only when the stem is a word.
    for (const char *word : {"huis's", "XQZ's"})
        EXPECT_FALSE(checker.isCorrect(u8(word))) << word;
}

TEST_F(SpellCheckerTest, suggestsTheRightWordFirstForCommonMisspellings)
{
    SpellChecker checker(listPath());
    const QStringList bondgenoten = checker.suggestions(u8("bondgenooten"));
    ASSERT_FALSE(bondgenoten.isEmpty());
    EXPECT_TRUE(bondgenoten.contains(u8("bondgenoten"))) << bondgenoten.join(u' ').toStdString();
    const QStringList top = checker.suggestions(u8("NAVO-topp"));
    EXPECT_TRUE(top.contains(u8("NAVO-top"))) << top.join(u' ').toStdString();
    EXPECT_LE(checker.suggestions(u8("bondgenooten"), SpellChecker::Dutch, 3).size(), 3);
}

TEST_F(SpellCheckerTest, addToPersonalListTakesEffectAtOnceAndSurvivesARestart)
{
    {
        SpellChecker checker(listPath());
        EXPECT_FALSE(checker.isCorrect(u8("kwapseldorp")));
        QString added;
        QObject::connect(&checker, &SpellChecker::personalListChanged, [&added](const QString &word) { added = word; });
        ASSERT_TRUE(checker.addToPersonalList(u8("kwapseldorp"))) << checker.errorString().toStdString();
        EXPECT_EQ(added, u8("kwapseldorp"));
        EXPECT_TRUE(checker.isCorrect(u8("kwapseldorp")));
        EXPECT_TRUE(checker.isCorrect(u8("Kwapseldorp"))) << "capital at the start of a sentence";
        EXPECT_TRUE(checker.isCorrect(u8("kwapseldorp-overleg")));
    }
    SpellChecker restarted(listPath());
    EXPECT_TRUE(restarted.isCorrect(u8("kwapseldorp")));
    QFile file(listPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("kwapseldorp\n")) << "plain UTF-8, one word a line";
}

TEST_F(SpellCheckerTest, personalListKeepsHandEditedWordsAndAppendsOnANewLine)
{
    QTemporaryDir handDir;
    const QString path = handDir.filePath(QStringLiteral("words.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# mijn woorden\nkwapseldorp\nzwiebelmoer"); // no final newline
    file.close();
    SpellChecker checker(path);
    EXPECT_TRUE(checker.isCorrect(u8("zwiebelmoer")));
    EXPECT_FALSE(checker.isCorrect(u8("# mijn woorden")));
    ASSERT_TRUE(checker.addToPersonalList(u8("Überflieger")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), u8("# mijn woorden\nkwapseldorp\nzwiebelmoer\nÜberflieger\n"));
}

TEST_F(SpellCheckerTest, personalListThatCannotBeWrittenReportsWhy)
{
    QFile blocker(m_dir.filePath(QStringLiteral("spelling")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    SpellChecker checker(listPath());
    EXPECT_FALSE(checker.addToPersonalList(u8("kwapseldorp")));
    EXPECT_FALSE(checker.errorString().isEmpty());
    EXPECT_FALSE(checker.isCorrect(u8("kwapseldorp")));
}

TEST_F(SpellCheckerTest, checksEnglishWhenAnEnglishDictionaryIsInstalled)
{
    if (!SpellChecker::isAvailable(SpellChecker::English))
        GTEST_SKIP() << "no en_GB or en_US Hunspell dictionary installed";
    SpellChecker checker(listPath());
    EXPECT_EQ(SpellChecker::availableLanguages(), (QStringList{SpellChecker::Dutch, SpellChecker::English}));
    EXPECT_TRUE(checker.isCorrect(u8("allies"), SpellChecker::English));
    EXPECT_TRUE(checker.isCorrect(u8("burden-sharing"), SpellChecker::English));
    EXPECT_FALSE(checker.isCorrect(u8("bondgenoten"), SpellChecker::English));
    EXPECT_FALSE(checker.isCorrect(u8("allys"), SpellChecker::English));
    EXPECT_FALSE(checker.isCorrect(u8("allies"), SpellChecker::Dutch));
    EXPECT_TRUE(checker.suggestions(u8("goverment"), SpellChecker::English).contains(u8("government")));
    EXPECT_TRUE(SpellChecker::isLoaded(SpellChecker::English));
}

TEST_F(SpellCheckerTest, acceptsAWordThatOpensASentenceOrStandsInACapitalHeading)
{
    SpellChecker checker(listPath());
    // nl_NL knows only "juni"; "Juni" starts a sentence and "JUNI" is in the title of sample 002.
    for (const char *word : {"juni", "Juni", "JUNI", "MEI", "Bondgenootschappelijke"})
        EXPECT_TRUE(checker.isCorrect(u8(word))) << word;
    // A misspelled word in capitals is still flagged, once it is longer than an abbreviation.
    EXPECT_FALSE(checker.isCorrect(u8("NOVEMBRE")));
}

TEST_F(SpellCheckerTest, everyWordOfTheSampleLettersPassesExceptTheirRealMisspellings)
{
    // The domain word list covers the letters' names, bodies and quoted English programme
    // names; what remains are the letters' own mistakes (Groene Boekje: defensie-uitgaven,
    // synergieën).
    SpellChecker checker(listPath());
    QSet<QString> rejected;
    int words = 0;
    const QStringList samples = QDir(QStringLiteral(DIPTYCH_TEST_DATA)).entryList({QStringLiteral("*.txt")});
    ASSERT_EQ(samples.size(), 5);
    for (const QString &sample : samples) {
        const Analysis analysis = test::analyzeSample(sample);
        QString text = analysis.text;
        for (const Footnote &note : analysis.footnotes)
            text += u'\n' + note.text;
        for (const WordToken &token : WordTokenizer::words(text)) {
            ++words;
            if (!checker.isCorrect(token.spelling()))
                rejected.insert(token.text);
        }
    }
    EXPECT_GT(words, 4000);
    EXPECT_EQ(rejected, (QSet<QString>{u8("defensieuitgaven"), u8("Defensieuitgaven"), u8("synergiën")}));
}

// The ministry's directorates and bodies: an all-capital word of two to five letters is an
// abbreviation, and the common ones are in the domain list for suggestions.
TEST_F(SpellCheckerTest, allCapitalAbbreviationsOfTwoToFiveLettersAreNotFlagged)
{
    SpellChecker checker(listPath());
    for (const char *word : {"DVB", "DGPZ", "DAO", "BZ", "MIVD", "XQZ", "DGBEB"})
        EXPECT_TRUE(checker.isCorrect(u8(word))) << word;
    for (const char *word : {"DGBEBX", "Dvbx", "dvb"})
        EXPECT_FALSE(checker.isCorrect(u8(word))) << word;
}
