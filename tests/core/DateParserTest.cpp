#include "RunningText.h"

#include "analysis/DateParser.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

DateRange parse(const char *text, int contextYear = 0)
{
    return DateParser::findFirst(QString::fromUtf8(text), contextYear);
}

void expectRange(const DateRange &r, QDate start, QDate end)
{
    ASSERT_TRUE(r.isValid());
    EXPECT_EQ(r.start, start);
    EXPECT_EQ(r.end, end);
}

} // namespace

TEST(DateParser, dayRangeWithHyphenOrEnDash)
{
    expectRange(parse("van 30-31 mei 2024."), QDate(2024, 5, 30), QDate(2024, 5, 31));
    expectRange(parse("van 30–31 mei 2024."), QDate(2024, 5, 30), QDate(2024, 5, 31));
    expectRange(parse("op 9–11 juli 2024"), QDate(2024, 7, 9), QDate(2024, 7, 11));
}

TEST(DateParser, daysJoinedByEnFormOneRange)
{
    expectRange(parse("Op 3 en 4 april 2024 kwamen"), QDate(2024, 4, 3), QDate(2024, 4, 4));
    expectRange(parse("Op 31 mei en 1 juni 2023 vond"), QDate(2023, 5, 31), QDate(2023, 6, 1));
}

TEST(DateParser, weekdaysBeforeDaysAreSkipped)
{
    expectRange(parse("Op woensdag 31 mei en donderdag 1 juni 2023 vond"), QDate(2023, 5, 31), QDate(2023, 6, 1));
    expectRange(parse("zaterdag 14 en zondag 15 mei 2022"), QDate(2022, 5, 14), QDate(2022, 5, 15));
}

TEST(DateParser, positionAndLengthCoverTheWholeExpression)
{
    const QString text = QStringLiteral("Op woensdag 31 mei en donderdag 1 juni 2023 vond");
    const DateRange r = DateParser::findFirst(text);
    ASSERT_TRUE(r.isValid());
    EXPECT_EQ(text.mid(r.position, r.length), QStringLiteral("woensdag 31 mei en donderdag 1 juni 2023"));
}

TEST(DateParser, missingYearComesFromContext)
{
    expectRange(parse("Meeting 28–29 november", 2023), QDate(2023, 11, 28), QDate(2023, 11, 29));
    expectRange(parse("op 4 april jl. geïnformeerd", 2025), QDate(2025, 4, 4), QDate(2025, 4, 4));
}

TEST(DateParser, missingYearWithoutContextIsNoDate) { EXPECT_FALSE(parse("Meeting 28–29 november").isValid()); }

TEST(DateParser, jlIsPartOfTheMatch)
{
    const QString text = QStringLiteral("bent u op 4 april jl. geïnformeerd");
    const DateRange r = DateParser::findFirst(text, 2025);
    ASSERT_TRUE(r.isValid());
    EXPECT_EQ(text.mid(r.position, r.length), QStringLiteral("4 april jl."));
}

TEST(DateParser, singleDates)
{
    expectRange(parse("van 27 mei 2024."), QDate(2024, 5, 27), QDate(2024, 5, 27));
    expectRange(parse("op 14 maart 2024 bij"), QDate(2024, 3, 14), QDate(2024, 3, 14));
}

TEST(DateParser, rangeAcrossYearEnd)
{
    expectRange(parse("tussen 31 december 2023 en 1 januari 2024"), QDate(2023, 12, 31), QDate(2024, 1, 1));
    expectRange(parse("van 30 december – 2 januari 2024"), QDate(2023, 12, 30), QDate(2024, 1, 2));
}

TEST(DateParser, englishMonthNames)
{
    expectRange(parse("the summit of 9-11 July 2024"), QDate(2024, 7, 9), QDate(2024, 7, 11));
    expectRange(parse("on May 30-31, 2024 in Prague"), QDate(2024, 5, 30), QDate(2024, 5, 31));
    expectRange(parse("on 4 April 2024"), QDate(2024, 4, 4), QDate(2024, 4, 4));
}

TEST(DateParser, monthAbbreviations)
{
    expectRange(parse("op 3 jan. 2024"), QDate(2024, 1, 3), QDate(2024, 1, 3));
    expectRange(parse("op 12 sept. 2023 werd"), QDate(2023, 9, 12), QDate(2023, 9, 12));
    expectRange(parse("op 1-2 okt 2022"), QDate(2022, 10, 1), QDate(2022, 10, 2));
}

TEST(DateParser, capitalisedHeadingsAreDates)
{
    expectRange(parse("NAVO VAN 31 MEI EN 1 JUNI 2023"), QDate(2023, 5, 31), QDate(2023, 6, 1));
}

TEST(DateParser, impossibleDatesAreSkipped)
{
    EXPECT_FALSE(parse("op 31 februari 2024").isValid());
    EXPECT_FALSE(parse("op 30-31 april 2024").isValid());
    expectRange(parse("op 31 februari 2024 en later op 2 maart 2024"), QDate(2024, 3, 2), QDate(2024, 3, 2));
}

TEST(DateParser, numbersThatAreNoDaysAreIgnored)
{
    EXPECT_FALSE(parse("Industrie en Innovatie 2025-2029 en de G7 mei").isValid());
    EXPECT_FALSE(parse("met daarvan 20% in 2024").isValid());
}

TEST(DateParser, distantDatesJoinedByEnAreAListNotARange)
{
    const QString text = QStringLiteral("op 14 maart en 4 april 2024");
    const DateRange r = DateParser::findFirst(text);
    expectRange(r, QDate(2024, 3, 14), QDate(2024, 3, 14));
    EXPECT_EQ(text.mid(r.position, r.length), QStringLiteral("14 maart"));
}

TEST(DateParser, searchStartsAtFrom)
{
    const QString text = QStringLiteral("op 27 mei 2024 en later op 9-11 juli 2024");
    const DateRange r = DateParser::findFirst(text, 0, 15);
    expectRange(r, QDate(2024, 7, 9), QDate(2024, 7, 11));
    EXPECT_EQ(r.position, text.indexOf(QStringLiteral("9-11")));
}

TEST(DateParser, monthNumberKnowsDutchEnglishAndAbbreviations)
{
    EXPECT_EQ(DateParser::monthNumber(QStringLiteral("mei")), 5);
    EXPECT_EQ(DateParser::monthNumber(QStringLiteral("June")), 6);
    EXPECT_EQ(DateParser::monthNumber(QStringLiteral("sept.")), 9);
    EXPECT_EQ(DateParser::monthNumber(QStringLiteral("mrt")), 3);
    EXPECT_EQ(DateParser::monthNumber(QStringLiteral("meeting")), 0);
}

TEST(DateParser, sampleCoverLettersGiveTheirMeetingDates)
{
    expectRange(DateParser::findFirst(test::runningText(QStringLiteral("000_a60e29c67b147090.txt"))),
                QDate(2024, 5, 30), QDate(2024, 5, 31));
    expectRange(DateParser::findFirst(test::runningText(QStringLiteral("001_76cb035f3064fde5.txt"))), QDate(2024, 4, 3),
                QDate(2024, 4, 4));
    expectRange(DateParser::findFirst(test::runningText(QStringLiteral("002_e47a5db50cc64457.txt"))),
                QDate(2023, 5, 31), QDate(2023, 6, 1));
    expectRange(DateParser::findFirst(test::runningText(QStringLiteral("003_eafaf4e2d27f033a.txt")), 2023),
                QDate(2023, 11, 28), QDate(2023, 11, 29));
    expectRange(DateParser::findFirst(test::runningText(QStringLiteral("004_cd1c5c75dbeda8f3.txt"))),
                QDate(2025, 5, 14), QDate(2025, 5, 15));
}

TEST(DateParser, parseAtReadsOnlyADateStartingThere)
{
    const QString text = QStringLiteral("de RBZ van 27 mei 2024.");
    EXPECT_FALSE(DateParser::parseAt(text, 3).isValid());
    const DateRange r = DateParser::parseAt(text, 11);
    expectRange(r, QDate(2024, 5, 27), QDate(2024, 5, 27));
    EXPECT_EQ(r.position, 11);
    EXPECT_FALSE(DateParser::parseAt(text, 500).isValid());
}
