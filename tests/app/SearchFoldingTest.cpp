#include "document/SearchFolding.h"
#include "document/OffsetMap.h"
#include "library/MeetingLabel.h"

#include <gtest/gtest.h>

using namespace diptych;

TEST(SearchFolding, accentsAndCaseAreIgnoredPositionForPosition)
{
    const QString text = QStringLiteral("Steun aan OEKRAÏNE en Oekraïne; geïnvesteerd.");
    EXPECT_EQ(foldForSearch(text).size(), text.size());
    EXPECT_EQ(findAllFolded(text, QStringLiteral("oekraine")), (QVector<int>{10, 22}));
    EXPECT_EQ(findAllFolded(text, QStringLiteral("geinvesteerd")), (QVector<int>{32}));
    EXPECT_TRUE(findAllFolded(text, QString()).isEmpty());
}

TEST(OffsetMap, insertedCharactersShiftLaterPositionsOnly)
{
    OffsetMap map;
    map.addInsertion(10, 3); // "gedaan[1]" style call before offset 10
    map.addInsertion(4, 2);
    EXPECT_EQ(map.toDocument(3), 3);
    EXPECT_EQ(map.toDocument(4), 6);
    EXPECT_EQ(map.toDocument(10), 15);
    EXPECT_EQ(map.toText(15), 10);
    EXPECT_EQ(map.toText(12), 10); // inside the inserted run
    EXPECT_EQ(map.toText(7), 5);
    for (int t = 0; t < 20; ++t)
        EXPECT_EQ(map.toText(map.toDocument(t)), t);
}

TEST(MeetingLabel, sharedMonthAndYearAreWrittenOnce)
{
    const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    const Meeting praag{MeetingType::InformalFmm, QDate(2024, 5, 30), QDate(2024, 5, 31), QStringLiteral("Praag")};
    EXPECT_EQ(meetingLabel(praag, nl), QStringLiteral("iFMM 30–31 mei 2024, Praag"));
    const Meeting oslo{MeetingType::InformalFmm, QDate(2023, 5, 31), QDate(2023, 6, 1), QStringLiteral("Oslo")};
    EXPECT_EQ(meetingLabel(oslo, nl), QStringLiteral("iFMM 31 mei – 1 juni 2023, Oslo"));
    EXPECT_EQ(dateRangeLabel(QDate(2023, 11, 28), QDate(), nl), QStringLiteral("28 november 2023"));
}
