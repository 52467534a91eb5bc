#pragma once

#include "links/LinkGraph.h"

namespace diptych {

// What letters say about other meetings. A mention of an FMM or another meeting with its
// dates ("de FMM van 3-4 april") points to the letters of that meeting when they are in
// the set ("mentions-meeting"). Mentions of one summit are grouped: the same place and
// year, or the same dates; a mention without a year takes it from another mention of that
// place in the same letter, or from the only year the set knows for that place ("de Top in
// Vilnius"), or the known year nearest the letter's meeting (Brussel had summits in 2018 and
// 2021); one without a place takes the only summit place its letter names. Letters
// that speak of the same summit are linked to each other ("mentions-meeting").
class MentionLinker
{
public:
    struct Result {
        QVector<DocumentLink> links;
        QVector<SummitGroup> summits; // sorted by year and place
    };

    // `meetings` in time order, `meetingOf` and `rank` per document.
    static Result link(const QVector<Analysis> &documents, const QVector<MeetingEntry> &meetings,
                       const QVector<int> &meetingOf, const QVector<int> &rank, const QStringList &names);

    static QVector<DocumentLink> meetingLinks(const QVector<Analysis> &documents, const QVector<MeetingEntry> &meetings,
                                              const QVector<int> &meetingOf, const QStringList &names);
    static QVector<SummitGroup> summits(const QVector<Analysis> &documents, const QVector<int> &rank);
};

} // namespace diptych
