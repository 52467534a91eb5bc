#pragma once

#include "library/LibraryEntry.h"

#include <QVector>

#include <optional>

namespace diptych {

// The comparisons worth offering a reader of the library, newest first: the agenda and the
// report of one meeting, and across meetings the report of a meeting against the agenda
// of the next meeting of its series (MeetingPairing::sameSeries) that the library holds.
struct SuggestedComparison {
    LibraryEntry agenda; // shown left, as the comparison expects
    LibraryEntry report; // shown right
    bool acrossMeetings = false;
};

class ComparisonSuggestion
{
public:
    // The newest pair of one meeting, if the library holds one.
    static std::optional<SuggestedComparison> sameMeeting(const QVector<LibraryEntry> &entries);
    // The newest report followed by an agenda of a later meeting of its series.
    static std::optional<SuggestedComparison> acrossMeetings(const QVector<LibraryEntry> &entries);
};

} // namespace diptych
