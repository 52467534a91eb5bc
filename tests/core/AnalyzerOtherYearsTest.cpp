// Letters written the way other years and other typists wrote them: phrasings the five
// samples do not use.
#include "AnalysisFixture.h"

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::analyzeText;
using diptych::test::sectionTitles;

TEST(AnalyzerOtherYears, verslag2018WithCoverLetterAndLowercaseMeetingName)
{
    const Analysis a = analyzeText(QStringLiteral(
        " Geachte voorzitter,\n\n"
        "Hierbij bied ik u het verslag aan van de NAVO-bijeenkomst van ministers van Buitenlandse Zaken die\n"
        "op 4 en 5 december 2018 in Brussel plaatsvond.\n\n"
        "De minister van Buitenlandse Zaken,\n\n\n"
        "Stef Blok\n"
        " Verslag van de NAVO-bijeenkomst van ministers van Buitenlandse Zaken van 4 en 5 december 2018\n\n"
        "Op 4 en 5 december jl. vond in Brussel de bijeenkomst plaats van de NAVO-ministers van Buitenlandse\n"
        "Zaken. De bijeenkomst stond in het teken van het INF-verdrag en de Westelijke Balkan.\n\n"
        "INF-verdrag\n\n"
        "Bondgenoten spraken hun zorg uit over de Russische schending van het INF-verdrag.\n\n"
        "Westelijke Balkan\n\n"
        "De ministers spraken met hun collega's uit de regio over de Euro-Atlantische integratie.\n"));
    EXPECT_TRUE(a.cover.present);
    EXPECT_EQ(a.cover.signatory, QStringLiteral("Stef Blok"));
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.start, QDate(2018, 12, 4));
    EXPECT_EQ(a.meeting.end, QDate(2018, 12, 5));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    EXPECT_EQ(sectionTitles(a), (QStringList{QStringLiteral("INF-verdrag"), QStringLiteral("Westelijke Balkan")}));
}

TEST(AnalyzerOtherYears, singleDayAgendaWithNumberedHeadings)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Geannoteerde agenda NAVO-ministeriële bijeenkomst 20 november 2019\n\n"
        "Op 20 november a.s. vindt in Brussel de bijeenkomst plaats van de NAVO-ministers van Buitenlandse\n"
        "Zaken. Ik zal aan deze bijeenkomst deelnemen.\n\n"
        "1. Voorbereiding van de leidersbijeenkomst in Londen\n\n"
        "De ministers zullen de leidersbijeenkomst van 3 en 4 december in Londen voorbereiden.\n\n"
        "2. Afghanistan\n\n"
        "Naar verwachting zal worden gesproken over de Resolute Support Missie.\n"));
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.start, QDate(2019, 11, 20));
    EXPECT_EQ(a.meeting.end, QDate(2019, 11, 20));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    ASSERT_EQ(a.sections.size(), 2);
    EXPECT_EQ(a.sections[0].number, 1);
    EXPECT_EQ(a.sections[0].title, QStringLiteral("Voorbereiding van de leidersbijeenkomst in Londen"));
    EXPECT_EQ(a.sections[1].number, 2);
    EXPECT_EQ(a.sections[1].level, 1);
}

TEST(AnalyzerOtherYears, northAtlanticCouncilAtMinisterialLevelIsAnFmm)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Verslag van de bijeenkomst van de Noord-Atlantische Raad op het niveau van ministers van Buitenlandse\n"
        "Zaken op 6 en 7 december 2016\n\n"
        "Op 6 en 7 december 2016 kwamen de ministers van Buitenlandse Zaken van de NAVO bijeen te Brussel.\n"
        "Zij spraken over de uitvoering van de besluiten van de Top in Warschau.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.start, QDate(2016, 12, 6));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
}

TEST(AnalyzerOtherYears, defenceMinistersMeetingIsADmmNotAnFmm)
{
    const Analysis a = analyzeText(
        QStringLiteral("Verslag van de bijeenkomst van NAVO-ministers van Defensie van 14 en 15 februari 2024\n\n"
                       "Op 14 en 15 februari 2024 kwamen de NAVO-ministers van Defensie bijeen in Brussel.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("DMM"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 2, 14));
    EXPECT_EQ(a.meeting.end, QDate(2024, 2, 15));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
}

TEST(AnalyzerOtherYears, agendaInformingByLetterWithoutTitleKindFromTense)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Op 3 en 4 april a.s. komen de NAVO-ministers van Buitenlandse Zaken bijeen in Brussel. Tijdens\n"
        "deze bijeenkomst zal naar verwachting worden gesproken over de steun aan Oekraïne. De minister zal\n"
        "het belang van eenheid onderstrepen. Ook zullen de ministers spreken over de top in Washington.\n"));
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    EXPECT_TRUE(a.title.isEmpty());
}
