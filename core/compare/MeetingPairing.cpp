#include "compare/MeetingPairing.h"

namespace diptych {

namespace {

bool named(const Meeting &m) { return m.type != MeetingType::None && m.start.isValid(); }

} // namespace

// One meeting when the types agree and the days overlap: a verslag may give only the
// first day of a two-day meeting that its agenda gives in full.
MeetingPairing::Kind MeetingPairing::of(const Meeting &left, const Meeting &right)
{
    if (!named(left) || !named(right))
        return Kind::Unknown;
    const QDate leftEnd = left.end.isValid() ? left.end : left.start;
    const QDate rightEnd = right.end.isValid() ? right.end : right.start;
    const bool overlap = left.start <= rightEnd && right.start <= leftEnd;
    return left.type == right.type && overlap ? Kind::SameMeeting : Kind::AcrossMeetings;
}

bool MeetingPairing::sameSeries(MeetingType a, MeetingType b)
{
    if (a == MeetingType::None || b == MeetingType::None)
        return false;
    return a == b || (isForeignMinistersMeeting(a) && isForeignMinistersMeeting(b));
}

} // namespace diptych
