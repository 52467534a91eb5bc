#pragma once

#include "model/Analysis.h"

#include <QString>

namespace diptych {

// Short Dutch descriptions for link labels: "FMM Brussel 3-4 april 2024",
// "verslag iFMM Praag 30-31 mei 2024"; a letter without a meeting is named by its title.
class MeetingNames
{
public:
    static QString meeting(const Meeting &meeting);
    static QString document(const Analysis &analysis);
    // The letter with the meeting as all its letters agree on it (MeetingGrouper).
    static QString document(const Analysis &analysis, const Meeting &agreed);
    static QString dates(const QDate &start, const QDate &end);
};

} // namespace diptych
