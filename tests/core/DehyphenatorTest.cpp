#include "analysis/Dehyphenator.h"
#include "spelling/Speller.h"

#include "TestData.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

struct Break {
    QString left; // last word of a line, ending with the hyphen
    QString right; // first word of the next line
};

QString readSample(const QString &name)
{
    QFile file(test::dataFile(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every word broken by a hyphen at a line end in a sample letter.
QVector<Break> lineEndBreaks(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVector<Break> breaks;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QStringList words = lines.at(i).split(space, Qt::SkipEmptyParts);
        const QStringList next = lines.at(i + 1).split(space, Qt::SkipEmptyParts);
        if (!words.isEmpty() && !next.isEmpty() && words.last().endsWith(QLatin1Char('-')))
            breaks.append({words.last(), next.first()});
    }
    return breaks;
}

// std::string, so that a failure prints the words rather than UTF-16 code units.
std::string join(const Dehyphenator &d, const char *left, const char *right)
{
    return d.join(QString::fromUtf8(left), QString::fromUtf8(right)).toStdString();
}

std::string joinWithoutDocument(const char *left, const char *right)
{
    return join(Dehyphenator(Speller::shared(), {}), left, right);
}

struct SampleCase {
    const char *file;
    const char *left;
    const char *right;
    const char *expected;
};

// All line-end hyphens of the five sample letters, resolved by hand.
const SampleCase sampleCases[] = {
    {"000_a60e29c67b147090.txt", "NAVO-", "lidmaatschap.", "NAVO-lidmaatschap."},
    {"001_76cb035f3064fde5.txt", "NAVO-", "hoofdkwartier", "NAVO-hoofdkwartier"},
    {"001_76cb035f3064fde5.txt", "Zuid-", "Korea.", "Zuid-Korea."},
    {"002_e47a5db50cc64457.txt", "bondge-", "noten", "bondgenoten"},
    {"003_eafaf4e2d27f033a.txt", "Buiten-", "landse", "Buitenlandse"},
    {"003_eafaf4e2d27f033a.txt", "regerings-", "leiders", "regeringsleiders"},
    {"003_eafaf4e2d27f033a.txt", "consul-", "taties", "consultaties"},
    {"003_eafaf4e2d27f033a.txt", "veiligheidsarrange-", "menten.", "veiligheidsarrangementen."},
    {"003_eafaf4e2d27f033a.txt", "toene-", "mende", "toenemende"},
    {"003_eafaf4e2d27f033a.txt", "gecoördi-", "neerde", "gecoördineerde"},
    {"003_eafaf4e2d27f033a.txt", "Nieuw-", "Zeeland,", "Nieuw-Zeeland,"},
    {"003_eafaf4e2d27f033a.txt", "econo-", "mische", "economische"},
    {"003_eafaf4e2d27f033a.txt", "secretaris-", "generaal", "secretaris-generaal"},
    {"003_eafaf4e2d27f033a.txt", "EU-", "als", "EU- als"},
    {"003_eafaf4e2d27f033a.txt", "organi-", "saties", "organisaties"},
    {"003_eafaf4e2d27f033a.txt", "productie-", "capaciteit", "productiecapaciteit"},
    {"003_eafaf4e2d27f033a.txt", "ontwikke-", "lingen", "ontwikkelingen"},
    {"003_eafaf4e2d27f033a.txt", "terughou-", "dendheid", "terughoudendheid"},
    {"003_eafaf4e2d27f033a.txt", "geïnfor-", "meerd", "geïnformeerd"},
    {"003_eafaf4e2d27f033a.txt", "aanwe-", "zigheid", "aanwezigheid"},
    {"003_eafaf4e2d27f033a.txt", "NAVO-lid-", "maatschap", "NAVO-lidmaatschap"},
    {"003_eafaf4e2d27f033a.txt", "hervor-", "mingsinspanningen", "hervormingsinspanningen"},
    {"003_eafaf4e2d27f033a.txt", "werkpro-", "gramma", "werkprogramma"},
    {"004_cd1c5c75dbeda8f3.txt", "NAVO-", "bondgenoten", "NAVO-bondgenoten"},
    {"004_cd1c5c75dbeda8f3.txt", "defensie-", "uitgaven", "defensie-uitgaven"},
};

const SampleCase *findCase(const QString &file, const Break &b)
{
    for (const SampleCase &c : sampleCases) {
        if (file == QLatin1String(c.file) && b.left == QString::fromUtf8(c.left)
            && b.right == QString::fromUtf8(c.right))
            return &c;
    }
    return nullptr;
}

} // namespace

TEST(DehyphenatorTest, joinsAWordBrokenInsideASyllableBoundary)
{
    EXPECT_EQ(joinWithoutDocument("bondge-", "noten"), "bondgenoten");
    EXPECT_EQ(joinWithoutDocument("Buiten-", "landse"), "Buitenlandse");
    EXPECT_EQ(joinWithoutDocument("regerings-", "leiders"), "regeringsleiders");
}

TEST(DehyphenatorTest, keepsPunctuationAroundTheJoinedWord)
{
    EXPECT_EQ(joinWithoutDocument("(bondge-", "noten),"), "(bondgenoten),");
    EXPECT_EQ(joinWithoutDocument("NAVO-", "lidmaatschap."), "NAVO-lidmaatschap.");
    EXPECT_EQ(joinWithoutDocument("Nieuw-", "Zeeland,"), "Nieuw-Zeeland,");
}

TEST(DehyphenatorTest, keepsTheHyphenOfCompoundsTheDictionaryWritesWithOne)
{
    EXPECT_EQ(joinWithoutDocument("secretaris-", "generaal"), "secretaris-generaal");
    EXPECT_EQ(joinWithoutDocument("defensie-", "uitgaven"), "defensie-uitgaven");
    EXPECT_EQ(joinWithoutDocument("zee-", "egel"), "zee-egel");
}

TEST(DehyphenatorTest, keepsTheHyphenAfterAnAcronymBeforeACapitalAndWithADigit)
{
    EXPECT_EQ(joinWithoutDocument("NAVO-", "verdragsgebied"), "NAVO-verdragsgebied");
    EXPECT_EQ(joinWithoutDocument("EU-", "toetreding"), "EU-toetreding");
    EXPECT_EQ(joinWithoutDocument("iFMM-", "verklaring"), "iFMM-verklaring");
    EXPECT_EQ(joinWithoutDocument("Euro-", "Atlantische"), "Euro-Atlantische");
    EXPECT_EQ(joinWithoutDocument("NAVO-", "Top"), "NAVO-Top");
    EXPECT_EQ(joinWithoutDocument("75-", "jarig"), "75-jarig");
}

TEST(DehyphenatorTest, keepsAnEllipticalHyphenWithItsSpace)
{
    EXPECT_EQ(joinWithoutDocument("EU-", "als"), "EU- als");
    EXPECT_EQ(joinWithoutDocument("land-", "en"), "land- en");
    EXPECT_EQ(joinWithoutDocument("binnen-", "of"), "binnen- of");
    EXPECT_EQ(joinWithoutDocument("EULEX-", "en"), "EULEX- en");
}

TEST(DehyphenatorTest, followsTheDocumentWhenItWritesAnUnknownWordJoined)
{
    // "kwapsieuilen" is no Dutch word. The vowel clash rule alone would keep the hyphen;
    // the document writing the word joined decides.
    EXPECT_EQ(joinWithoutDocument("kwapsie-", "uilen"), "kwapsie-uilen");
    const QSet<QString> words = Dehyphenator::wordsOf(QStringLiteral("Het Kwapsieuilen-overleg."));
    EXPECT_EQ(join(Dehyphenator(Speller::shared(), words), "kwapsie-", "uilen"), "kwapsieuilen");
}

TEST(DehyphenatorTest, followsTheDocumentWhenItWritesAWordWithAHyphen)
{
    EXPECT_EQ(joinWithoutDocument("kwapsel-", "dorp."), "kwapseldorp.");
    const QSet<QString> made = Dehyphenator::wordsOf(QStringLiteral("in het kwapsel-dorp"));
    EXPECT_EQ(join(Dehyphenator(Speller::shared(), made), "kwapsel-", "dorp."), "kwapsel-dorp.");
    // The document even wins over the dictionary, which writes "regeringsleiders".
    const QSet<QString> real = Dehyphenator::wordsOf(QStringLiteral("de Regerings-leiders spraken"));
    EXPECT_EQ(join(Dehyphenator(Speller::shared(), real), "regerings-", "leiders"), "regerings-leiders");
}

TEST(DehyphenatorTest, fallsBackOnDutchSpellingRulesWithoutADictionary)
{
    const Speller none(QStringLiteral("/nonexistent/xx.aff"), QStringLiteral("/nonexistent/xx.dic"));
    const Dehyphenator d(none, {});
    EXPECT_EQ(join(d, "NAVO-", "lidmaatschap"), "NAVO-lidmaatschap");
    EXPECT_EQ(join(d, "Zuid-", "Korea"), "Zuid-Korea");
    EXPECT_EQ(join(d, "75-", "jarig"), "75-jarig");
    EXPECT_EQ(join(d, "defensie-", "uitgaven"), "defensie-uitgaven");
    EXPECT_EQ(join(d, "auto-", "ongeluk"), "auto-ongeluk");
    EXPECT_EQ(join(d, "organi-", "saties"), "organisaties");
    EXPECT_EQ(join(d, "zee-", "arend"), "zeearend");
}

TEST(DehyphenatorTest, acceptsUnicodeAndSoftHyphensAtTheLineEnd)
{
    EXPECT_EQ(joinWithoutDocument("bondge\u00AD", "noten"), "bondgenoten");
    EXPECT_EQ(joinWithoutDocument("NAVO\u2010", "lidmaatschap"), "NAVO-lidmaatschap");
}

TEST(DehyphenatorTest, leavesWordsWithoutATrailingHyphenSeparate)
{
    EXPECT_EQ(joinWithoutDocument("de", "NAVO"), "de NAVO");
    EXPECT_EQ(joinWithoutDocument("staat –", "met"), "staat – met");
}

TEST(DehyphenatorTest, wordsOfListsLowerCasedFormsAndThePartsOfCompounds)
{
    const QSet<QString> words = Dehyphenator::wordsOf(
        QStringLiteral("In zowel EU- als NAVO-verband (bondgenoten), NAVO’s Indo-Pacific-beleid."));
    for (const char *w : {"in", "zowel", "eu", "als", "navo-verband", "navo", "verband", "bondgenoten", "navo’s",
                          "indo-pacific-beleid", "indo", "pacific", "beleid"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(w))) << w;
    for (const char *w : {"eu-", "EU", "(bondgenoten", "bondgenoten),", "beleid.", ""})
        EXPECT_FALSE(words.contains(QString::fromUtf8(w))) << w;
}

TEST(DehyphenatorTest, resolvesEveryLineEndHyphenOfTheSampleLetters)
{
    for (const SampleCase &c : sampleCases) {
        const QString file = QString::fromUtf8(c.file);
        const QString text = readSample(file);
        ASSERT_FALSE(text.isEmpty()) << c.file;
        bool found = false;
        for (const Break &b : lineEndBreaks(text))
            found = found || findCase(file, b) == &c;
        EXPECT_TRUE(found) << c.file << ": no line break " << c.left << " / " << c.right;

        const Dehyphenator d(Speller::shared(), Dehyphenator::wordsOf(text));
        EXPECT_EQ(d.join(QString::fromUtf8(c.left), QString::fromUtf8(c.right)).toStdString(), std::string(c.expected))
            << c.file;
    }
}

TEST(DehyphenatorTest, sampleCaseTableCoversEveryLineEndHyphenOfTheSamples)
{
    for (const char *name : {"000_a60e29c67b147090.txt", "001_76cb035f3064fde5.txt", "002_e47a5db50cc64457.txt",
                             "003_eafaf4e2d27f033a.txt", "004_cd1c5c75dbeda8f3.txt"}) {
        const QString file = QString::fromUtf8(name);
        for (const Break &b : lineEndBreaks(readSample(file)))
            EXPECT_NE(findCase(file, b), nullptr)
                << name << ": untested break " << b.left.toStdString() << " / " << b.right.toStdString();
    }
}
