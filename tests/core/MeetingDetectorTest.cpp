// MeetingDetector alone, on the evidence the analysis hands it.
#include "analysis/MeetingDetector.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

MeetingEvidence titled(const char *title, const char *opening = "")
{
    MeetingEvidence e;
    e.title = QString::fromUtf8(title);
    e.opening = QString::fromUtf8(opening);
    return e;
}

} // namespace

TEST(MeetingDetector, aDateWithoutYearTakesItFromTheParliamentaryYear)
{
    MeetingEvidence e = titled("NAVO Foreign Ministers Meeting 28–29 november");
    e.vergaderjaar = 2023; // 2023–2024: November falls in 2023, May in 2024
    EXPECT_EQ(MeetingDetector::contextYear(e, 11), 2023);
    EXPECT_EQ(MeetingDetector::contextYear(e, 5), 2024);
    const Meeting m = MeetingDetector::run(e);
    EXPECT_EQ(m.type, MeetingType::Fmm);
    EXPECT_EQ(m.start, QDate(2023, 11, 28));
    EXPECT_EQ(m.end, QDate(2023, 11, 29));
}

TEST(MeetingDetector, theMeetingTheTitleNamesFirstIsTheType)
{
    EXPECT_EQ(MeetingDetector::meetingType(titled("Verslag Raad Buitenlandse Zaken van 23 januari 2023")),
              MeetingType::Rbz);
    EXPECT_EQ(MeetingDetector::meetingType(titled("Geannoteerde agenda Raad Algemene Zaken 21 mei 2024")),
              MeetingType::Raz);
    EXPECT_EQ(MeetingDetector::meetingType(titled("Verslag NAVO-top Vilnius 11-12 juli 2023")), MeetingType::NavoTop);
    EXPECT_EQ(MeetingDetector::meetingType(titled("Verslag bijeenkomst NAVO-ministers van Defensie 13-14 juni 2024")),
              MeetingType::Dmm);
    EXPECT_EQ(MeetingDetector::meetingType(titled("Geannoteerde agenda informele NAVO ministeriële bijeenkomst")),
              MeetingType::InformalFmm);
    EXPECT_EQ(MeetingDetector::meetingType(titled("Geannoteerde agenda Europese Raad 27-28 juni 2024")),
              MeetingType::None);
    EXPECT_EQ(MeetingDetector::meetingType(titled("Kamerbrief over de situatie in Oekraïne")), MeetingType::None);
}

TEST(MeetingDetector, placesAreNormalised)
{
    EXPECT_EQ(MeetingDetector::normalisePlace(QStringLiteral("Washington D.C.")), QStringLiteral("Washington"));
    EXPECT_EQ(MeetingDetector::normalisePlace(QStringLiteral("’s-Gravenhage")), QStringLiteral("Den Haag"));
    EXPECT_EQ(MeetingDetector::normalisePlace(QStringLiteral("Brussels")), QStringLiteral("Brussel"));
    EXPECT_EQ(MeetingDetector::place(titled("Verslag FMM", "De ministers kwamen bijeen op het NAVO-hoofdkwartier.")),
              QStringLiteral("Brussel"));
    EXPECT_EQ(MeetingDetector::summitPlace(QStringLiteral("Geannoteerde agenda NAVO-top 9-11 juli 2024 in Washington")),
              QStringLiteral("Washington"));
}
