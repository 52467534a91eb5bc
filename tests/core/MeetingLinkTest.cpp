// Which letters belong to one meeting: MeetingGrouper on letters made by hand.
#include "LinkFixture.h"

#include "links/Chronology.h"
#include "links/LinkBuilder.h"
#include "links/MeetingGrouper.h"

#include <gtest/gtest.h>

using namespace diptych;
using namespace diptych::test;

namespace {

Analysis agenda(const QString &type, const QDate &start, const QString &place = QString(),
                const QString &title = QStringLiteral("Geannoteerde agenda 2024"))
{
    return letter(QStringLiteral("agenda.txt"), DocumentKind::Agenda, title, type, start, start.addDays(1), place);
}

Analysis verslag(const QString &type, const QDate &start, const QString &place = QString(),
                 const QString &title = QStringLiteral("Verslag 2024"))
{
    return letter(QStringLiteral("verslag.txt"), DocumentKind::Verslag, title, type, start, start.addDays(1), place);
}

int meetingCount(const QVector<Analysis> &docs) { return int(MeetingGrouper::group(docs).meetings.size()); }

} // namespace

TEST(MeetingLink, agendaAndVerslagOfOneMeetingArePairedAndLinkedBothWays)
{
    const QVector<Analysis> docs{verslag(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                                 agenda(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel"))};
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    ASSERT_EQ(graph.meetings.size(), 1);
    EXPECT_EQ(graph.meetings.first().agenda, 1);
    EXPECT_EQ(graph.meetings.first().verslag, 0);
    EXPECT_EQ(graph.order, (QVector<int>{1, 0}));
    EXPECT_EQ(linkTargets(graph, docs, 0, LinkKind::SameMeeting), QStringList{"agenda.txt"});
    EXPECT_EQ(linkTargets(graph, docs, 1, LinkKind::SameMeeting), QStringList{"verslag.txt"});
}

TEST(MeetingLink, anAgendaWithoutPlaceJoinsTheVerslagThatNamesIt)
{
    const QVector<Analysis> docs{agenda(QStringLiteral("FMM"), QDate(2023, 11, 28)),
                                 verslag(QStringLiteral("FMM"), QDate(2023, 11, 28), QStringLiteral("Brussel"))};
    const MeetingGrouper::Result r = MeetingGrouper::group(docs);
    ASSERT_EQ(r.meetings.size(), 1);
    EXPECT_EQ(r.meetings.first().meeting.place, QStringLiteral("Brussel"));
}

TEST(MeetingLink, datesADayApartAreTheSameMeetingButTwoDaysAreNot)
{
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                            verslag(QStringLiteral("FMM"), QDate(2024, 4, 4), QStringLiteral("Brussel"))}),
              1);
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                            verslag(QStringLiteral("FMM"), QDate(2024, 4, 5), QStringLiteral("Brussel"))}),
              2);
}

TEST(MeetingLink, fmmAgainstIfmmIsOneMeetingOnlyWhenDatesAndPlaceAgree)
{
    // The verslag calls the informal meeting in Praag an FMM.
    const QVector<Analysis> same{agenda(QStringLiteral("iFMM"), QDate(2024, 5, 30), QStringLiteral("Praag")),
                                 verslag(QStringLiteral("FMM"), QDate(2024, 5, 30), QStringLiteral("Praag"))};
    const MeetingGrouper::Result r = MeetingGrouper::group(same);
    ASSERT_EQ(r.meetings.size(), 1);
    EXPECT_EQ(meetingTypeName(r.meetings.first().meeting.type), QStringLiteral("FMM")) << "the verslag's word wins";
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("iFMM"), QDate(2024, 5, 30)),
                            verslag(QStringLiteral("FMM"), QDate(2024, 5, 30), QStringLiteral("Praag"))}),
              2);
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("iFMM"), QDate(2024, 5, 30), QStringLiteral("Praag")),
                            verslag(QStringLiteral("FMM"), QDate(2024, 5, 31), QStringLiteral("Praag"))}),
              2);
}

TEST(MeetingLink, twoPlacesOnTheSameDatesAreTwoMeetings)
{
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                            verslag(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Praag"))}),
              2);
}

TEST(MeetingLink, aVerslagWithoutYearInItsTitleJoinsItsAgendaEvenWhenTheYearWasGuessedWrong)
{
    // Written in January 2024 about "28-29 november": the analyzer guessed 2024.
    const QVector<Analysis> docs{
        agenda(QStringLiteral("FMM"), QDate(2023, 11, 28), QString(),
               QStringLiteral("Geannoteerde agenda NAVO Foreign Ministers Meeting 28-29 november 2023")),
        verslag(QStringLiteral("FMM"), QDate(2024, 11, 28), QStringLiteral("Brussel"),
                QStringLiteral("Verslag NAVO Foreign Ministers Meeting 28-29 november"))};
    const MeetingGrouper::Result r = MeetingGrouper::group(docs);
    ASSERT_EQ(r.meetings.size(), 1);
    EXPECT_EQ(r.meetings.first().agenda, 0);
    EXPECT_EQ(r.meetings.first().verslag, 1);
    EXPECT_EQ(r.meetings.first().meeting.start, QDate(2023, 11, 28)) << "the dated letter's year wins";
    EXPECT_EQ(r.meetings.first().meeting.place, QStringLiteral("Brussel"));

    // With a year in its title the verslag is believed: another meeting a year later.
    Analysis dated = docs.at(1);
    dated.title += QStringLiteral(" 2024");
    EXPECT_EQ(meetingCount({docs.at(0), dated}), 2);
}

TEST(MeetingLink, aLetterWithoutMeetingStaysADocumentAtTheEnd)
{
    const QVector<Analysis> docs{letter(QStringLiteral("brief.txt"), DocumentKind::Other,
                                        QStringLiteral("Brief over de RBZ"), QString(), QDate(2024, 5, 27),
                                        QDate(2024, 5, 27)),
                                 verslag(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel"))};
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    EXPECT_EQ(graph.meetings.size(), 1);
    EXPECT_EQ(graph.meetingOf, (QVector<int>{-1, 0}));
    EXPECT_EQ(graph.order, (QVector<int>{1, 0}));
}

TEST(MeetingLink, aSecondAgendaForTheSameMeetingIsKeptAsAFurtherLetter)
{
    const QVector<Analysis> docs{agenda(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                                 agenda(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                                 verslag(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel"))};
    const MeetingGrouper::Result r = MeetingGrouper::group(docs);
    ASSERT_EQ(r.meetings.size(), 1);
    EXPECT_EQ(r.meetings.first().agenda, 0);
    EXPECT_EQ(r.meetings.first().verslag, 2);
    EXPECT_EQ(r.meetings.first().others, QVector<int>{1});
}

// Dossier 21 501-02 (RBZ, RAZ) and 28 676 (NAVO) in one library: a council and a NATO
// meeting on the same day in Brussels are two meetings; two RBZ letters of one day are one.
TEST(MeetingLink, aCouncilAndAMinisterialOnOneDayInOnePlaceAreTwoMeetings)
{
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("RBZ"), QDate(2024, 4, 3), QStringLiteral("Brussel")),
                            verslag(QStringLiteral("FMM"), QDate(2024, 4, 3), QStringLiteral("Brussel"))}),
              2);
    EXPECT_EQ(meetingCount({agenda(QStringLiteral("RBZ"), QDate(2024, 4, 22), QStringLiteral("Luxemburg")),
                            verslag(QStringLiteral("RBZ"), QDate(2024, 4, 22), QStringLiteral("Luxemburg"))}),
              1);
}
