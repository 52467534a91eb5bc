#pragma once

#include "model/Analysis.h"

namespace diptych {

// What two letters put side by side are to each other: the agenda and the report of one
// meeting, or letters of two different meetings (the report of the last meeting read
// against the agenda of the next, which is how advisers prepare). The comparison says
// which, so letters of different meetings are never presented as a pair.
class MeetingPairing
{
public:
    enum class Kind {
        SameMeeting, // both letters name the same meeting
        AcrossMeetings, // both name a meeting, not the same one
        Unknown // at least one letter names no meeting
    };

    static Kind of(const Meeting &left, const Meeting &right);
    // The same run of meetings: FMM and informal FMM are one series (the foreign
    // ministers of NATO), every other meeting type its own.
    static bool sameSeries(MeetingType a, MeetingType b);
};

} // namespace diptych
