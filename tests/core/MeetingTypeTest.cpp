// Meetings beyond the NATO foreign ministers: what the Dutch letters of dossiers 28 676 and
// 21 501-02 call them, with dates and place.
#include "AnalysisFixture.h"

#include <gtest/gtest.h>

using namespace diptych;
using test::analyzeText;

TEST(MeetingType, aVerslagOfTheForeignAffairsCouncil)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Verslag Raad Buitenlandse Zaken van 23 januari 2023\n\n"
        "Op 23 januari 2023 vond in Brussel de Raad Buitenlandse Zaken plaats. De Raad sprak over Oekraïne.\n\n"
        "Oekraïne\n\nDe Raad sprak over de steun aan Oekraïne.\n"));
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
    EXPECT_EQ(a.docType, DocumentType::Brief);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("RBZ"));
    EXPECT_EQ(a.meeting.start, QDate(2023, 1, 23));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    for (const Mention &m : a.mentions)
        EXPECT_NE(m.start, QDate(2023, 1, 23)) << "its own council is no mention of another: " << m.text.toStdString();
}

TEST(MeetingType, theGeneralAffairsCouncilAndTheFirstCouncilATitleNames)
{
    const Analysis a = analyzeText(
        QStringLiteral("Geannoteerde agenda Raad Algemene Zaken van 21 mei 2024\n\n"
                       "De Raad Algemene Zaken vindt op 21 mei 2024 plaats in Brussel. De minister zal deelnemen.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("RAZ"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 5, 21));
    const Analysis both = analyzeText(
        QStringLiteral("Geannoteerde agenda Raad Buitenlandse Zaken en Raad Algemene Zaken van 20 en 21 mei 2024\n\n"
                       "De minister zal deelnemen.\n"));
    EXPECT_EQ(meetingTypeName(both.meeting.type), QStringLiteral("RBZ"));
}

TEST(MeetingType, aNatoSummitWithItsPlace)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Geannoteerde agenda NAVO-top 9-11 juli 2024 in Washington\n\n"
        "Van 9 tot en met 11 juli 2024 vindt in Washington D.C. de NAVO-top plaats. De minister-president zal "
        "deelnemen.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("NAVO-top"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 7, 9));
    EXPECT_EQ(a.meeting.end, QDate(2024, 7, 11));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Washington"));
}

TEST(MeetingType, informalInAnyWordOrderIsAnInformalMeeting)
{
    const Analysis dutch = analyzeText(QStringLiteral(
        "Geannoteerde agenda informele NAVO ministeriële bijeenkomst 14 en 15 mei 2022\n\n"
        "Op zaterdag 14 en zondag 15 mei vindt in Berlijn een bijeenkomst plaats van de NAVO-ministers van "
        "Buitenlandse Zaken. De minister zal deelnemen.\n"));
    EXPECT_EQ(meetingTypeName(dutch.meeting.type), QStringLiteral("iFMM"));
    EXPECT_EQ(dutch.meeting.start, QDate(2022, 5, 14));
    EXPECT_EQ(dutch.meeting.place, QStringLiteral("Berlijn"));
    const Analysis english =
        analyzeText(QStringLiteral("Geannoteerde agenda informal meeting of NATO Foreign Ministers 14-15 mei 2025\n\n"
                                   "De bijeenkomst vindt plaats in Antalya. De minister zal deelnemen.\n"));
    EXPECT_EQ(meetingTypeName(english.meeting.type), QStringLiteral("iFMM"));
}

TEST(MeetingType, aMinisterOfDefenceWhoCoSignsMakesNoDefenceMeeting)
{
    const Analysis a = analyzeText(
        QStringLiteral("Hierbij bied ik u, mede namens de minister van Defensie, de geannoteerde agenda aan voor de\n"
                       "NAVO-ministeriële bijeenkomst van 4 en 5 april 2023 in Brussel.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
}
