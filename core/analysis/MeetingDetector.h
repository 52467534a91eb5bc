#pragma once

#include "model/Analysis.h"

#include <QDate>
#include <QString>

namespace diptych {

// The parts of a letter where it says which meeting it is about, most telling first.
struct MeetingEvidence {
    QString title;
    QString cover; // text of the cover letter
    QString opening; // the first paragraphs of the report or agenda
    int vergaderjaar = 0; // from the running footer, 0 unknown
    QDate letterDate; // from the head of the letter
    int frequentYear = 0; // the year the text names most, a last resort
};

// Identifies the NATO foreign ministers meeting a letter is about: FMM or iFMM (informal,
// even when written "informele bijeenkomst … (FMM)"), its dates and its place. A letter about
// another council (Raad Buitenlandse Zaken, defence ministers) gets no type.
class MeetingDetector
{
public:
    static Meeting run(const MeetingEvidence &evidence);

    static MeetingType meetingType(const MeetingEvidence &evidence);
    static QString place(const MeetingEvidence &evidence);
    static QString summitPlace(const QString &text);
    // The year a date without a year most likely has, from what the letter tells.
    static int contextYear(const MeetingEvidence &evidence, int month);
    static QString normalisePlace(const QString &place);
};

} // namespace diptych
