// Which letters are one meeting's pair and which are read across meetings, and the
// comparisons the program offers from a library.
#include "library/ComparisonSuggestion.h"
#include "compare/MeetingPairing.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

Meeting meeting(MeetingType type, QDate start, QDate end = QDate(), const QString &place = QString())
{
    return Meeting{type, start, end, place};
}

LibraryEntry letter(const QString &path, DocumentKind kind, const Meeting &m)
{
    LibraryEntry e;
    e.hash = path;
    e.path = path;
    e.kind = kind;
    e.meeting = m;
    return e;
}

// The bundled samples as their letters name their meetings.
QVector<LibraryEntry> samples()
{
    return {
        letter("000", DocumentKind::Verslag, meeting(MeetingType::InformalFmm, {2024, 5, 30}, {2024, 5, 31}, "Praag")),
        letter("001", DocumentKind::Verslag, meeting(MeetingType::Fmm, {2024, 4, 3}, {2024, 4, 4}, "Brussel")),
        letter("002", DocumentKind::Verslag, meeting(MeetingType::InformalFmm, {2023, 5, 31}, {2023, 6, 1}, "Oslo")),
        letter("003", DocumentKind::Agenda, meeting(MeetingType::Fmm, {2023, 11, 28}, {2023, 11, 29})),
        letter("004", DocumentKind::Agenda, meeting(MeetingType::InformalFmm, {2025, 5, 14}, {2025, 5, 15}, "Antalya")),
    };
}

} // namespace

TEST(MeetingPairing, anAgendaAndAReportOfOneMeetingArePaired)
{
    const Meeting agenda = meeting(MeetingType::Fmm, {2024, 4, 3}, {2024, 4, 4});
    EXPECT_EQ(MeetingPairing::of(agenda, agenda), MeetingPairing::Kind::SameMeeting);
    // The report names only the first day.
    EXPECT_EQ(MeetingPairing::of(agenda, meeting(MeetingType::Fmm, {2024, 4, 3})), MeetingPairing::Kind::SameMeeting);
    EXPECT_EQ(MeetingPairing::of(meeting(MeetingType::Fmm, {2024, 4, 4}), agenda), MeetingPairing::Kind::SameMeeting);
}

TEST(MeetingPairing, lettersOfDifferentMeetingsAreAcrossMeetings)
{
    const Meeting fmm = meeting(MeetingType::Fmm, {2024, 4, 3}, {2024, 4, 4});
    EXPECT_EQ(MeetingPairing::of(fmm, meeting(MeetingType::Fmm, {2023, 11, 28}, {2023, 11, 29})),
              MeetingPairing::Kind::AcrossMeetings);
    // A council on the same day is another meeting.
    EXPECT_EQ(MeetingPairing::of(fmm, meeting(MeetingType::Rbz, {2024, 4, 4})), MeetingPairing::Kind::AcrossMeetings);
    EXPECT_EQ(MeetingPairing::of(fmm, Meeting()), MeetingPairing::Kind::Unknown);
    EXPECT_EQ(MeetingPairing::of(meeting(MeetingType::Fmm, QDate()), fmm), MeetingPairing::Kind::Unknown);
}

TEST(MeetingPairing, formalAndInformalForeignMinistersMeetingsAreOneSeries)
{
    EXPECT_TRUE(MeetingPairing::sameSeries(MeetingType::Fmm, MeetingType::InformalFmm));
    EXPECT_TRUE(MeetingPairing::sameSeries(MeetingType::Rbz, MeetingType::Rbz));
    EXPECT_FALSE(MeetingPairing::sameSeries(MeetingType::Rbz, MeetingType::Fmm));
    EXPECT_FALSE(MeetingPairing::sameSeries(MeetingType::None, MeetingType::None));
}

TEST(ComparisonSuggestion, theSamplesHaveNoMeetingWithBothLettersButAComparisonAcrossMeetings)
{
    EXPECT_FALSE(ComparisonSuggestion::sameMeeting(samples()));
    const std::optional<SuggestedComparison> across = ComparisonSuggestion::acrossMeetings(samples());
    ASSERT_TRUE(across);
    EXPECT_TRUE(across->acrossMeetings);
    EXPECT_EQ(across->report.path, QStringLiteral("000")); // iFMM Praag, the newest report
    EXPECT_EQ(across->agenda.path, QStringLiteral("004")); // iFMM Antalya, the next agenda
}

TEST(ComparisonSuggestion, theNewestMeetingWithBothLettersIsOffered)
{
    QVector<LibraryEntry> entries = samples();
    entries << letter("005", DocumentKind::Agenda, meeting(MeetingType::Fmm, {2024, 4, 3}, {2024, 4, 4}, "Brussel"));
    entries << letter("006", DocumentKind::Agenda, meeting(MeetingType::InformalFmm, {2023, 5, 31}, {2023, 6, 1}));
    const std::optional<SuggestedComparison> same = ComparisonSuggestion::sameMeeting(entries);
    ASSERT_TRUE(same);
    EXPECT_FALSE(same->acrossMeetings);
    EXPECT_EQ(same->agenda.path, QStringLiteral("005"));
    EXPECT_EQ(same->report.path, QStringLiteral("001"));
}

TEST(ComparisonSuggestion, aReportIsReadAgainstTheNextAgendaOfItsSeriesOnly)
{
    const QVector<LibraryEntry> entries = {
        letter("rbz-verslag", DocumentKind::Verslag, meeting(MeetingType::Rbz, {2025, 3, 17})),
        letter("fmm-agenda", DocumentKind::Agenda, meeting(MeetingType::Fmm, {2025, 4, 3})),
    };
    EXPECT_FALSE(ComparisonSuggestion::acrossMeetings(entries));
    const QVector<LibraryEntry> older = {
        letter("verslag", DocumentKind::Verslag, meeting(MeetingType::Fmm, {2025, 4, 3})),
        letter("agenda-before", DocumentKind::Agenda, meeting(MeetingType::Fmm, {2024, 12, 3})),
    };
    EXPECT_FALSE(ComparisonSuggestion::acrossMeetings(older)); // an agenda before the report is no "next"
}
