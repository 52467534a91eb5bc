#include "spelling/Speller.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace diptych;

namespace {

// A speller of its own, so words added by a test never reach Speller::shared().
Speller freshDutchSpeller()
{
    const QString base = Speller::findDictionary(QStringLiteral("nl_NL"));
    return Speller(base + QStringLiteral(".aff"), base + QStringLiteral(".dic"));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

TEST(SpellerTest, sharedSpellerIsLoadedOnceAndReturnsTheSameObject)
{
    Speller &first = Speller::shared();
    Speller &second = Speller::shared();
    EXPECT_EQ(&first, &second);
    ASSERT_TRUE(first.isLoaded()) << "nl_NL Hunspell dictionary not found";
}

TEST(SpellerTest, acceptsDutchWordsAndCompounds)
{
    const Speller &speller = Speller::shared();
    for (const char *word :
         {"bondgenoten", "regeringsleiders", "organisaties", "gecoördineerde", "Buitenlandse", "NAVO-lidmaatschap",
          "secretaris-generaal", "defensie-uitgaven", "Nieuw-Zeeland", "75-jarig"})
        EXPECT_TRUE(speller.isCorrect(QString::fromUtf8(word))) << word;
}

TEST(SpellerTest, rejectsMisspellingsAndBrokenWords)
{
    const Speller &speller = Speller::shared();
    // "defensieuitgaven" is how sample 003 misspells it; the rest are line-break halves.
    for (const char *word :
         {"bondgenooten", "defensieuitgaven", "bondge", "organi-saties", "secretarisgeneraal", "NieuwZeeland", "navo"})
        EXPECT_FALSE(speller.isCorrect(QString::fromUtf8(word))) << word;
}

TEST(SpellerTest, offersTheRightWordAsSuggestionForAMisspelling)
{
    const QStringList suggestions = Speller::shared().suggestions(QStringLiteral("bondgenooten"));
    EXPECT_TRUE(suggestions.contains(QStringLiteral("bondgenoten"))) << suggestions.join(u' ').toStdString();
}

TEST(SpellerTest, addWordMakesAnUnknownWordCorrect)
{
    Speller speller = freshDutchSpeller();
    ASSERT_TRUE(speller.isLoaded());
    EXPECT_FALSE(speller.isCorrect(QStringLiteral("kwapseldorp")));
    speller.addWord(QStringLiteral("kwapseldorp"));
    EXPECT_TRUE(speller.isCorrect(QStringLiteral("kwapseldorp")));
}

TEST(SpellerTest, wordListAddsWordsSkipsCommentsAndTakesAffixesFromAModel)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("words.txt"),
                                   "# domain words\n\nkwapseldorp\n  iFMM  \ndiasporagemeenschap/gemeenschap\n");
    Speller speller = freshDutchSpeller();
    ASSERT_TRUE(speller.isLoaded());
    EXPECT_FALSE(speller.isCorrect(QStringLiteral("diasporagemeenschappen")));

    EXPECT_EQ(speller.loadWordList(path), 3);
    EXPECT_TRUE(speller.isCorrect(QStringLiteral("kwapseldorp")));
    EXPECT_TRUE(speller.isCorrect(QStringLiteral("iFMM")));
    EXPECT_TRUE(speller.isCorrect(QStringLiteral("diasporagemeenschappen"))); // plural via the model
    EXPECT_FALSE(speller.isCorrect(QStringLiteral("# domain words")));
}

TEST(SpellerTest, wordListThatCannotBeReadReportsMinusOne)
{
    Speller speller(QStringLiteral("/nonexistent/xx.aff"), QStringLiteral("/nonexistent/xx.dic"));
    EXPECT_EQ(speller.loadWordList(QStringLiteral("/nonexistent/words.txt")), -1);
}

TEST(SpellerTest, sharedSpellerKnowsTheBuiltInDomainWordList)
{
    const Speller fresh = freshDutchSpeller();
    const Speller &shared = Speller::shared();
    for (const char *word : {"iFMM", "aANP", "NUC", "RBZ", "Indo-Pacific", "Stoltenberg"}) {
        EXPECT_FALSE(fresh.isCorrect(QString::fromUtf8(word))) << word << " is in nl_NL already";
        EXPECT_TRUE(shared.isCorrect(QString::fromUtf8(word))) << word;
    }
}

TEST(SpellerTest, spellerWithoutDictionaryIsNotLoadedAndAcceptsNothing)
{
    Speller speller(QStringLiteral("/nonexistent/xx.aff"), QStringLiteral("/nonexistent/xx.dic"));
    EXPECT_FALSE(speller.isLoaded());
    EXPECT_FALSE(speller.isCorrect(QStringLiteral("bondgenoten")));
    EXPECT_TRUE(speller.suggestions(QStringLiteral("bondgenooten")).isEmpty());
}

TEST(SpellerTest, concurrentChecksFromManyThreadsGiveTheSameAnswers)
{
    const Speller &speller = Speller::shared();
    std::vector<int> wrong(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&speller, &wrong, t] {
            for (int i = 0; i < 300; ++i) {
                wrong[t] += speller.isCorrect(QStringLiteral("bondgenoten")) ? 0 : 1;
                wrong[t] += speller.isCorrect(QStringLiteral("bondge")) ? 1 : 0;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < 4; ++t)
        EXPECT_EQ(wrong[t], 0) << "thread " << t;
}
