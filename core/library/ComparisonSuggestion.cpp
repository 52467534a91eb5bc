#include "library/ComparisonSuggestion.h"

#include "compare/MeetingPairing.h"

namespace diptych {

namespace {

QVector<LibraryEntry> ofKind(const QVector<LibraryEntry> &entries, DocumentKind kind)
{
    QVector<LibraryEntry> out;
    for (const LibraryEntry &e : entries) {
        if (e.kind == kind && e.meeting.type != MeetingType::None && e.meeting.start.isValid())
            out << e;
    }
    return out;
}

// The first agenda of a meeting after the report's, in the report's series.
std::optional<LibraryEntry> nextAgenda(const LibraryEntry &report, const QVector<LibraryEntry> &agendas)
{
    std::optional<LibraryEntry> best;
    for (const LibraryEntry &a : agendas) {
        if (!MeetingPairing::sameSeries(a.meeting.type, report.meeting.type)
            || MeetingPairing::of(a.meeting, report.meeting) != MeetingPairing::Kind::AcrossMeetings
            || a.meeting.start <= report.meeting.start)
            continue;
        if (!best || a.meeting.start < best->meeting.start)
            best = a;
    }
    return best;
}

} // namespace

std::optional<SuggestedComparison> ComparisonSuggestion::sameMeeting(const QVector<LibraryEntry> &entries)
{
    std::optional<SuggestedComparison> best;
    const QVector<LibraryEntry> agendas = ofKind(entries, DocumentKind::Agenda);
    for (const LibraryEntry &report : ofKind(entries, DocumentKind::Verslag)) {
        for (const LibraryEntry &agenda : agendas) {
            if (MeetingPairing::of(agenda.meeting, report.meeting) != MeetingPairing::Kind::SameMeeting)
                continue;
            if (!best || report.meeting.start > best->report.meeting.start)
                best = SuggestedComparison{agenda, report, false};
        }
    }
    return best;
}

std::optional<SuggestedComparison> ComparisonSuggestion::acrossMeetings(const QVector<LibraryEntry> &entries)
{
    std::optional<SuggestedComparison> best;
    const QVector<LibraryEntry> agendas = ofKind(entries, DocumentKind::Agenda);
    for (const LibraryEntry &report : ofKind(entries, DocumentKind::Verslag)) {
        const std::optional<LibraryEntry> agenda = nextAgenda(report, agendas);
        if (agenda && (!best || report.meeting.start > best->report.meeting.start))
            best = SuggestedComparison{*agenda, report, true};
    }
    return best;
}

} // namespace diptych
