#include "RunningText.h"

#include "analysis/MentionFinder.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace diptych;

namespace {

QVector<Mention> find(const char *text, int contextYear = 0)
{
    return MentionFinder::find(QString::fromUtf8(text), contextYear);
}

QVector<Mention> findInSample(const char *name, int contextYear)
{
    return MentionFinder::find(test::runningText(QString::fromUtf8(name)), contextYear);
}

bool has(const QVector<Mention> &mentions, const char *what, const char *place, QDate start, QDate end)
{
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention &m) {
        return mentionKindName(m.what) == QLatin1String(what) && m.place == QString::fromUtf8(place) && m.start == start
               && m.end == end;
    });
}

bool hasYear(const QVector<Mention> &mentions, const char *what, const char *place, int year)
{
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention &m) {
        return mentionKindName(m.what) == QLatin1String(what) && m.place == QString::fromUtf8(place) && m.year == year;
    });
}

} // namespace

TEST(MentionFinder, summitWithPlaceAndDateRange)
{
    const QString text =
        QStringLiteral("de voorbereidingen voor de NAVO-top in Washington D.C. op 9-11 juli 2024. Omdat");
    const QVector<Mention> found = MentionFinder::find(text, 2024);
    ASSERT_EQ(found.size(), 1);
    const Mention &m = found.first();
    EXPECT_EQ(mentionKindName(m.what), QStringLiteral("summit"));
    EXPECT_EQ(m.place, QStringLiteral("Washington"));
    EXPECT_EQ(m.name, QStringLiteral("NAVO-top in Washington D.C."));
    EXPECT_EQ(m.start, QDate(2024, 7, 9));
    EXPECT_EQ(m.end, QDate(2024, 7, 11));
    EXPECT_EQ(m.text, QStringLiteral("NAVO-top in Washington D.C. op 9-11 juli 2024"));
    EXPECT_EQ(text.mid(m.at.start, m.at.end - m.at.start), m.text);
}

TEST(MentionFinder, summitWithPlaceOnly)
{
    const QVector<Mention> found =
        find("met name spreken over de voorbereidingen van de NAVO Top in Den Haag, waaronder");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].place, QStringLiteral("Den Haag"));
    EXPECT_FALSE(found[0].start.isValid());
}

TEST(MentionFinder, summitWithMonthKeepsMonthButNoStartDate)
{
    const QVector<Mention> found = find("de aanloop naar de NAVO-Top in Vilnius in juli, waarbij", 2023);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].place, QStringLiteral("Vilnius"));
    EXPECT_FALSE(found[0].start.isValid());
    EXPECT_EQ(found[0].month, 7);
    EXPECT_EQ(found[0].year, 2023);
}

TEST(MentionFinder, summitWithYearOnly)
{
    const QVector<Mention> found = find("Op de Top in Wales in 2014 spraken bondgenoten", 2023);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("summit"));
    EXPECT_EQ(found[0].name, QStringLiteral("Top in Wales"));
    EXPECT_EQ(found[0].place, QStringLiteral("Wales"));
    EXPECT_EQ(found[0].year, 2014);
    EXPECT_EQ(found[0].month, 0);
}

TEST(MentionFinder, summitNamedAfterItsPlace)
{
    const QVector<Mention> found = find("tijdens de Washington-top in meer detail te bespreken");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("summit"));
    EXPECT_EQ(found[0].place, QStringLiteral("Washington"));
}

TEST(MentionFinder, placeSummitNeedsAWholeCapitalisedPlaceBeforeTheDash)
{
    const QVector<Mention> found = find("na de Vilnius-Summit van juli 2023 en de Madrid-top in 2022; "
                                        "geen topoverleg: het Vilnius-topoverleg, de Noord-Atlantische-top, "
                                        "de oost-top of de NATO-top-achtige bijeenkomst");
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].place, QStringLiteral("Vilnius"));
    EXPECT_EQ(found[0].year, 2023);
    EXPECT_EQ(found[0].month, 7);
    EXPECT_EQ(found[1].place, QStringLiteral("Madrid"));
    EXPECT_EQ(found[1].year, 2022);
}

TEST(MentionFinder, summitWithCommaAndGepland)
{
    const QVector<Mention> found = find("de volgende NAVO-top in Washington, gepland op 9–11 juli 2024. Naast");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].start, QDate(2024, 7, 9));
    EXPECT_EQ(found[0].end, QDate(2024, 7, 11));
}

TEST(MentionFinder, bareTopWithoutPlaceOrDateIsNoMention)
{
    EXPECT_TRUE(find("dienen bondgenoten voor de top te rapporteren over hun plannen", 2025).isEmpty());
    EXPECT_TRUE(find("aan de top van de agenda", 2025).isEmpty());
    EXPECT_TRUE(find("De FMM vindt een klein halfjaar na", 2023).isEmpty());
}

TEST(MentionFinder, councilWithAbbreviationAndDate)
{
    const QVector<Mention> found = find("bij de Raad Buitenlandse Zaken (RBZ) van 27 mei 2024. In combinatie");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("council"));
    EXPECT_EQ(found[0].name, QStringLiteral("Raad Buitenlandse Zaken (RBZ)"));
    EXPECT_EQ(found[0].start, QDate(2024, 5, 27));
}

TEST(MentionFinder, councilByAbbreviationOrEuropeanCouncil)
{
    QVector<Mention> found = find("tijdens de RBZ van 27 mei 2024");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].name, QStringLiteral("RBZ"));
    EXPECT_EQ(found[0].start, QDate(2024, 5, 27));
    found = find("de Europese Raad van 27 en 28 juni 2024");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("council"));
    EXPECT_EQ(found[0].end, QDate(2024, 6, 28));
}

TEST(MentionFinder, foreignMinistersMeetings)
{
    QVector<Mention> found = find("in de FMM van 3-4 april", 2024);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("fmm"));
    EXPECT_EQ(found[0].start, QDate(2024, 4, 3));
    found = find("het verslag aan van de informele NAVO Foreign Ministers Meeting in Praag van 30–31 mei 2024.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("fmm"));
    EXPECT_EQ(found[0].name, QStringLiteral("informele NAVO Foreign Ministers Meeting in Praag"));
    EXPECT_EQ(found[0].place, QStringLiteral("Praag"));
    EXPECT_EQ(found[0].end, QDate(2024, 5, 31));
    found = find("tijdens de informele FMM op 14 en 15 mei", 2025);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].name, QStringLiteral("informele FMM"));
}

TEST(MentionFinder, otherMinisterialMeetings)
{
    QVector<Mention> found =
        find("Op de aanstaande bijeenkomst van NAVO-Ministers van Defensie in Brussel op 15 en 16 juni zal", 2023);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("meeting"));
    EXPECT_EQ(found[0].place, QStringLiteral("Brussel"));
    EXPECT_EQ(found[0].start, QDate(2023, 6, 15));
    EXPECT_EQ(found[0].end, QDate(2023, 6, 16));
    found = find("de NATO Defence Ministers Meeting op 13-14 februari 2025");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("meeting"));
    EXPECT_EQ(found[0].start, QDate(2025, 2, 13));
}

TEST(MentionFinder, sentenceFullStopAfterDcIsNotPartOfTheName)
{
    const QVector<Mention> found = find("in de aanloop naar de top in Washington DC. De Ministers");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].name, QStringLiteral("top in Washington DC"));
    EXPECT_EQ(found[0].place, QStringLiteral("Washington"));
}

TEST(MentionFinder, capitalisedHeadingIsAMention)
{
    const QVector<Mention> found =
        find("VERSLAG INFORMELE MINISTERIËLE BIJEENKOMST VAN DE NAVO VAN 31 MEI EN 1 JUNI 2023");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(mentionKindName(found[0].what), QStringLiteral("meeting"));
    EXPECT_EQ(found[0].start, QDate(2023, 5, 31));
    EXPECT_EQ(found[0].end, QDate(2023, 6, 1));
}

TEST(MentionFinder, placeAfterTheDate)
{
    const QVector<Mention> found = find("de NAVO-top op 9-11 juli 2024 in Washington");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].place, QStringLiteral("Washington"));
    EXPECT_EQ(found[0].start, QDate(2024, 7, 9));
}

TEST(MentionFinder, sample000NamesWashingtonSummitAndRbz)
{
    const QVector<Mention> found = findInSample("000_a60e29c67b147090.txt", 2024);
    EXPECT_TRUE(has(found, "summit", "Washington", QDate(2024, 7, 9), QDate(2024, 7, 11)));
    EXPECT_TRUE(has(found, "council", "", QDate(2024, 5, 27), QDate(2024, 5, 27)));
    EXPECT_TRUE(has(found, "fmm", "Praag", QDate(2024, 5, 30), QDate(2024, 5, 31)));
}

TEST(MentionFinder, sample001NamesWashingtonSummitSeveralTimes)
{
    const QVector<Mention> found = findInSample("001_76cb035f3064fde5.txt", 2024);
    const auto washington = std::count_if(found.begin(), found.end(), [](const Mention &m) {
        return mentionKindName(m.what) == QLatin1String("summit") && m.place == QLatin1String("Washington");
    });
    EXPECT_GE(washington, 4);
    EXPECT_TRUE(has(found, "summit", "Washington", QDate(2024, 7, 9), QDate(2024, 7, 11)));
    EXPECT_TRUE(has(found, "fmm", "", QDate(2024, 4, 3), QDate(2024, 4, 4)));
}

TEST(MentionFinder, sample002NamesVilniusWalesAndBoekarestSummits)
{
    const QVector<Mention> found = findInSample("002_e47a5db50cc64457.txt", 2023);
    EXPECT_TRUE(hasYear(found, "summit", "Vilnius", 2023));
    EXPECT_TRUE(hasYear(found, "summit", "Wales", 2014));
    EXPECT_TRUE(hasYear(found, "summit", "Boekarest", 2008));
    EXPECT_TRUE(has(found, "meeting", "Brussel", QDate(2023, 6, 15), QDate(2023, 6, 16)));
}

TEST(MentionFinder, sample003NamesVilniusAndWashington)
{
    const QVector<Mention> found = findInSample("003_eafaf4e2d27f033a.txt", 2023);
    EXPECT_TRUE(has(found, "summit", "Washington", QDate(2024, 7, 9), QDate(2024, 7, 11)));
    EXPECT_TRUE(hasYear(found, "summit", "Vilnius", 2023));
    EXPECT_TRUE(hasYear(found, "summit", "Washington", 2024));
}

TEST(MentionFinder, sample004NamesTheHagueSummit)
{
    const QVector<Mention> found = findInSample("004_cd1c5c75dbeda8f3.txt", 2025);
    EXPECT_TRUE(hasYear(found, "summit", "Den Haag", 0));
    // "tijdens de top in juni": the coming summit, known only by its month.
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const Mention &m) {
        return mentionKindName(m.what) == QLatin1String("summit") && m.month == 6 && m.year == 2025;
    }));
}

TEST(MentionFinder, unpairedSurrogatesAreReadAsReplacementCharacters)
{
    const QString text =
        QStringLiteral("de NAVO-top in Vilnius ") + QChar(0xD800) + QStringLiteral(" op 11-12 juli 2023");
    const QVector<Mention> found = MentionFinder::find(text, 2023);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].place, QStringLiteral("Vilnius"));
}

// Matching with QRegularExpression's per-match UTF-16 check made this take minutes.
TEST(MentionFinder, aMegabyteOfLettersIsReadInSeconds)
{
    const QString letter = test::runningText(QStringLiteral("001_76cb035f3064fde5.txt"));
    QString text;
    while (text.size() < 1000000)
        text += letter + QStringLiteral("\n\n");
    QElapsedTimer timer;
    timer.start();
    const QVector<Mention> found = MentionFinder::find(text, 2024);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_GT(found.size(), 100);
}
