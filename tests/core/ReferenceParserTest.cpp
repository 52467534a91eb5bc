#include "RunningText.h"

#include "analysis/ReferenceParser.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

QVector<Reference> refs(const char *text) { return ReferenceParser::find(QString::fromUtf8(text)); }

QStringList ids(const QVector<Reference> &found)
{
    QStringList out;
    for (const Reference &r : found)
        out << r.id;
    return out;
}

QStringList ids(const char *text) { return ids(refs(text)); }

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST(ReferenceParser, kamerstukWithAndWithoutSpacesInTheDossier)
{
    EXPECT_EQ(ids("zie Kamerstuk 28676, nr. 499."), list({"kst-28676-499"}));
    EXPECT_EQ(ids("(zie ook Kamerstuk 30 821, nr. 175)."), list({"kst-30821-175"}));
    EXPECT_EQ(ids("Kamerstuk 28676 nr 499"), list({"kst-28676-499"}));
    EXPECT_EQ(ids("Kamerstuk 28676, nummer 499"), list({"kst-28676-499"}));
}

TEST(ReferenceParser, fieldsOfAPlainKamerstuk)
{
    const QString text = QStringLiteral("Zie Kamerstuk 28676, nr. 499. Verder");
    const QVector<Reference> found = ReferenceParser::find(text);
    ASSERT_EQ(found.size(), 1);
    const Reference &r = found.first();
    EXPECT_EQ(referenceKindName(r.kind), QStringLiteral("kamerstuk"));
    EXPECT_EQ(r.number, QStringLiteral("499"));
    EXPECT_EQ(r.dossiers, list({"28676"}));
    EXPECT_EQ(r.text, QStringLiteral("Kamerstuk 28676, nr. 499"));
    EXPECT_EQ(text.mid(r.at.start, r.at.end - r.at.start), r.text);
    EXPECT_EQ(r.url, QStringLiteral("https://zoek.officielebekendmakingen.nl/kst-28676-499.html"));
}

TEST(ReferenceParser, severalDossiersShareOneNumber)
{
    const QVector<Reference> found = refs("1 Kamerstukken 22 054 en 36 045, nr. 390");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("kst-22054-390"));
    EXPECT_EQ(found[0].dossiers, list({"22054", "36045"}));
}

TEST(ReferenceParser, leidraadFormWithChamberAndYear)
{
    EXPECT_EQ(ids("Kamerstukken II 2023/24, 28 676, nr. 446, p. 3."), list({"kst-28676-446"}));
    EXPECT_EQ(ids("Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446 5"), list({"kst-28676-446"}));
}

TEST(ReferenceParser, chapterSuffixes)
{
    EXPECT_EQ(ids("Kamerstuk 36 200 V, nr. 5"), list({"kst-36200-V-5"}));
    EXPECT_EQ(ids("Kamerstuk 35 300-XV, nr. 12"), list({"kst-35300-XV-12"}));
    EXPECT_EQ(ids("Kamerstuk 35 300–XV, nr. 12"), list({"kst-35300-XV-12"}));
    const QVector<Reference> found = refs("Kamerstuk 36 200 V, nr. 5");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].dossiers, list({"36200-V"}));
}

TEST(ReferenceParser, eersteKamerLetteredDocuments)
{
    const QVector<Reference> found = refs("Kamerstukken I 2014/15, 33802, C, p. 3.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("kst-33802-C"));
    EXPECT_EQ(found[0].pageRef, QStringLiteral("3"));
}

TEST(ReferenceParser, subDossiers)
{
    EXPECT_EQ(ids("Kamerstuk 21 501-02, nr. 2898"), list({"kst-21501-02-2898"}));
    EXPECT_EQ(ids("Kamerstuk 21501-02, nr. 2898"), list({"kst-21501-02-2898"}));
}

TEST(ReferenceParser, motionNumberFormIsAMotie)
{
    const QVector<Reference> found = refs("over de lange termijn, nummer 21501-02-2898, 23 mei 2024.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("kst-21501-02-2898"));
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("motie"));
    EXPECT_EQ(found[0].dossiers, list({"21501-02"}));
    EXPECT_EQ(found[0].text, QStringLiteral("nummer 21501-02-2898"));
}

TEST(ReferenceParser, kamerstukAfterTheWordMotieIsAMotie)
{
    const QVector<Reference> found =
        refs("Het kabinet heeft de motie van de leden Paternotte en Brekelmans (Kamerstuk 21501-02, nr. 2898) "
             "uitgevoerd.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("kst-21501-02-2898"));
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("motie"));
}

TEST(ReferenceParser, motieInAnEarlierSentenceDoesNotMakeAMotie)
{
    const QVector<Reference> found =
        refs("De motie is aangenomen. Zie ook de brief van 4 april (Kamerstuk 28676, nr. 499).");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("kamerstuk"));
}

TEST(ReferenceParser, pluralNumbersGiveOneReferenceEach)
{
    const QString text = QStringLiteral("Kamerstuk 28 676, nrs. 434 en 435");
    const QVector<Reference> found = ReferenceParser::find(text);
    EXPECT_EQ(ids(found), list({"kst-28676-434", "kst-28676-435"}));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].at.start, 0);
    EXPECT_LE(found[0].at.end, found[1].at.start);
    EXPECT_EQ(found[1].text, QStringLiteral("435"));
}

TEST(ReferenceParser, singularNumberIsNotFollowedByAList)
{
    EXPECT_EQ(ids("Motie, Kamerstuk 28676, nr. 499, 14 maart 2024."), list({"kst-28676-499"}));
}

TEST(ReferenceParser, pageReferences)
{
    QVector<Reference> found = refs("Kamerstukken 22 054 en 36 045, nr. 390, p. 4.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].pageRef, QStringLiteral("4"));
    EXPECT_TRUE(found[0].text.endsWith(QStringLiteral("p. 4")));
    found = refs("Kamerstuk 28676, nr. 390, blz. 4");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].pageRef, QStringLiteral("4"));
}

TEST(ReferenceParser, secondDossierGroupInOneCitation)
{
    EXPECT_EQ(ids("(Kamerstukken 21 501-20, nr. 1234 en 21 501-02, nr. 2800)"),
              list({"kst-21501-20-1234", "kst-21501-02-2800"}));
}

TEST(ReferenceParser, aanhangselHandelingen)
{
    const QVector<Reference> found = refs("Aanhangsel Handelingen II 2023/24, nr. 2129");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("ah-tk-20232024-2129"));
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("aanhangsel"));
    EXPECT_EQ(found[0].number, QStringLiteral("2129"));
}

TEST(ReferenceParser, handelingenWithItem)
{
    const QVector<Reference> found = refs("zie Handelingen II 2023/24, nr. 45, item 12.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("h-tk-20232024-45-12"));
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("handelingen"));
    EXPECT_EQ(ids("Handelingen I 1999/00, nr. 3"), list({"h-ek-19992000-3"}));
}

TEST(ReferenceParser, bareOfficialIds)
{
    const QVector<Reference> found = refs("zie kst-28676-446 en ah-tk-20232024-2129 en kst-36200-V-5.");
    EXPECT_EQ(ids(found), list({"kst-28676-446", "ah-tk-20232024-2129", "kst-36200-V-5"}));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].number, QStringLiteral("446"));
    EXPECT_EQ(referenceKindName(found[1].kind), QStringLiteral("aanhangsel"));
    EXPECT_EQ(found[2].dossiers, list({"36200-V"}));
}

TEST(ReferenceParser, staatsbladAndStaatscourant)
{
    EXPECT_EQ(ids("Besluit van 27 november 2002, Stb. 2002, 575."), list({"stb-2002-575"}));
    EXPECT_EQ(ids("Stcrt. 2023, nr. 12345"), list({"stcrt-2023-12345"}));
}

TEST(ReferenceParser, dossierWithoutNumber)
{
    const QVector<Reference> found = refs("(Kamerstuk 28676)");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("dossier"));
    EXPECT_TRUE(found[0].number.isEmpty());
    EXPECT_EQ(found[0].url, QStringLiteral("https://zoek.officielebekendmakingen.nl/dossier/28676"));
}

TEST(ReferenceParser, strayNewlinesInsideAReference)
{
    EXPECT_EQ(ids("zie Kamerstuk\n28 676,\nnr.\n499"), list({"kst-28676-499"}));
}

TEST(ReferenceParser, plainNumbersAreNoReferences)
{
    EXPECT_TRUE(refs("Nederland heeft EUR 1,6 miljard, nr. 3 op de lijst, in 2024 geleverd.").isEmpty());
    EXPECT_TRUE(refs("een kamerstuk over 2% van het bbp").isEmpty());
}

TEST(ReferenceParser, sample000FootnoteCitesTheMotion)
{
    const QVector<Reference> found =
        ReferenceParser::find(test::runningText(QStringLiteral("000_a60e29c67b147090.txt")));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, QStringLiteral("kst-21501-02-2898"));
    EXPECT_EQ(referenceKindName(found[0].kind), QStringLiteral("motie"));
}

TEST(ReferenceParser, sample002FootnotesGiveTwoKamerstukken)
{
    const QVector<Reference> found =
        ReferenceParser::find(test::runningText(QStringLiteral("002_e47a5db50cc64457.txt")));
    EXPECT_EQ(ids(found), list({"kst-22054-390", "kst-28676-434"}));
}

TEST(ReferenceParser, sample003BodyCitesKamerstukAndFooterNamesItself)
{
    const QVector<Reference> found =
        ReferenceParser::find(test::runningText(QStringLiteral("003_eafaf4e2d27f033a.txt")));
    EXPECT_EQ(ids(found), list({"kst-30821-175", "kst-28676-446"}));
}

TEST(ReferenceParser, sample004FootnotesGiveThreeKamerstukken)
{
    const QString text = test::runningText(QStringLiteral("004_cd1c5c75dbeda8f3.txt"));
    const QVector<Reference> found = ReferenceParser::find(text);
    EXPECT_EQ(ids(found), list({"kst-28676-499", "kst-28676-489", "kst-31125-134"}));
    for (const Reference &r : found)
        EXPECT_EQ(text.mid(r.at.start, r.at.end - r.at.start), r.text);
}

TEST(ReferenceParser, sample001HasNoReferences)
{
    EXPECT_TRUE(ReferenceParser::find(test::runningText(QStringLiteral("001_76cb035f3064fde5.txt"))).isEmpty());
}

TEST(ReferenceParser, unpairedSurrogatesDoNotShiftOffsets)
{
    const QString text = QChar(0xDC00) + QStringLiteral(" zie Kamerstuk 28676, nr. 499.");
    const QVector<Reference> found = ReferenceParser::find(text);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(text.mid(found[0].at.start, found[0].at.end - found[0].at.start),
              QStringLiteral("Kamerstuk 28676, nr. 499"));
}

// Matching with QRegularExpression's per-match UTF-16 check made this take minutes.
TEST(ReferenceParser, aMegabyteOfFootnotesIsReadInSeconds)
{
    const QString letter = test::runningText(QStringLiteral("004_cd1c5c75dbeda8f3.txt"));
    QString text;
    while (text.size() < 1000000)
        text += letter + QStringLiteral("\n\n");
    QElapsedTimer timer;
    timer.start();
    const QVector<Reference> found = ReferenceParser::find(text);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_GT(found.size(), 300);
}

// Citation forms as printed in real Aanhangsels (tests/data/real/).
TEST(ReferenceParser, aanhangselWithVergaderjaarAndNoChamber)
{
    EXPECT_EQ(ids("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1379."), list({"ah-tk-20232024-1379"}));
    EXPECT_EQ(ids("Zie ook Aanhangsel Handelingen, vergaderjaar\n2023–2024, nr. 1848"), list({"ah-tk-20232024-1848"}));
}

TEST(ReferenceParser, aSecondNumberWordListsTheNumbersAfterIt)
{
    EXPECT_EQ(ids("Kamerstukken II, 25 424, nr. 679, nr. 684 en 685, en het IZA"),
              list({"kst-25424-679", "kst-25424-684", "kst-25424-685"}));
    // A single "nr." followed by "en" and a number is not a list.
    EXPECT_EQ(ids("Kamerstuk 28676, nr. 499 en 2 andere brieven"), list({"kst-28676-499"}));
}

TEST(ReferenceParser, dossierAndNumberInParenthesesAfterATitle)
{
    EXPECT_EQ(ids("een brief over Ambtelijke analyses hoofdlijnenakkoord (36 471-64) op 7 juni"),
              list({"kst-36471-64"}));
    // Sub-dossiers are no documents.
    EXPECT_TRUE(ids("de Raad Buitenlandse Zaken (21 501-02) en (29 911-05)").isEmpty());
}

TEST(ReferenceParser, chamberTypedWithTwoLowerCaseLs)
{
    EXPECT_EQ(ids("Kamerstukken ll 2023/24, 36 410 XVI, nr. 160"), list({"kst-36410-XVI-160"}));
}
