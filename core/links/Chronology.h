#pragma once

#include "links/LinkGraph.h"

#include <QVector>

namespace diptych {

// FMM and iFMM on one timeline: each meeting gets its previous and next meeting, and the
// letters about the meetings are linked to each other and to the meeting before.
class Chronology
{
public:
    // Sets previous/next; `meetings` must be in time order (MeetingGrouper gives them so).
    static void chain(QVector<MeetingEntry> &meetings);

    // "same-meeting" between the letters of one meeting (both ways), and "previous-meeting"
    // from every letter of a meeting to the letter of the meeting before that an adviser
    // reads first: its verslag, or its agenda when there is no verslag.
    // `names`: each document as labels name it (LinkBuilder::documentNames).
    static QVector<DocumentLink> links(const QVector<MeetingEntry> &meetings, const QVector<Analysis> &documents,
                                       const QStringList &names);

    // Document indices in meeting order: per meeting agenda, verslag, others; then the
    // letters without a meeting in their input order.
    static QVector<int> documentOrder(const QVector<MeetingEntry> &meetings, int documentCount);
};

} // namespace diptych
