#pragma once

#include "links/LinkGraph.h"

#include <QVector>

namespace diptych {

// Puts the letters about one NATO foreign ministers meeting together: the agenda and the
// verslag (and any further letter) with the same type and dates. Letters rarely agree to
// the letter: an agenda often lacks the place, a verslag may give dates a day apart, call
// an informal meeting an FMM, or have no year in its title (so the analyzer guessed it,
// sometimes a year off). Runs in O(n log n): one sort by date, then each letter is only
// compared with the meetings that start within a day of it.
class MeetingGrouper
{
public:
    struct Result {
        QVector<MeetingEntry> meetings; // in time order; previous/next not yet set
        QVector<int> meetingOf; // per document, -1 when it has no meeting
    };

    static Result group(const QVector<Analysis> &documents);

    // A letter is about a meeting when the analyzer found the type and the start date.
    static bool hasMeeting(const Analysis &analysis);
    // True when the title writes a four-digit year, so the meeting dates were not guessed.
    static bool titleHasYear(const QString &title);
};

} // namespace diptych
