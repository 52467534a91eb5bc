#pragma once

#include "model/Analysis.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace diptych {

enum class LinkKind { SameMeeting, PreviousMeeting, Kamerstuk, MentionsMeeting, Topic };

// A directed link between two documents of one LinkGraph (indices into its input).
struct DocumentLink {
    int from = -1;
    int to = -1;
    LinkKind kind = LinkKind::SameMeeting;
    QString label; // for people: "verslag of the same meeting", "kst-28676-446 also cited in …"
    QString key; // what links them: a Kamerstuk id, "dossier 28676", a summit, a topic
    Location at; // where in `from` the link is made (citation, mention, passage); may be unset
    Location target; // where to open `to`; may be unset
};

// One NATO foreign ministers meeting and the letters about it.
struct MeetingEntry {
    Meeting meeting; // type, dates and place as the letters agree on them
    int agenda = -1; // document index, -1 when not in the set
    int verslag = -1;
    QVector<int> others; // further letters about the same meeting (a second agenda, …)
    int previous = -1; // meeting index in time order, -1 for the first
    int next = -1;

    QVector<int> documents() const;
};

// Every mention of one summit (same place and year, or same dates) across the letters.
struct SummitGroup {
    QString name; // as first written with a year: "NAVO-top in Washington D.C."
    QString place;
    int year = 0; // 0 when no letter tells the year
    QDate start; // when some mention gives dates
    QDate end;
    QVector<int> documents; // in time order, each once
};

struct ThreadEntry {
    int document = -1;
    int section = -1; // index into Analysis::sections, -1 for a passage outside sections
    QString heading; // the section heading, empty without a section
    bool inHeading = false; // the heading itself names the topic
    int hits = 0; // how often the document names the topic
    QString passage; // the paragraph that says most about it
    Location at; // that paragraph in Analysis::text
};

// One subject followed across meetings, oldest first.
struct TopicThread {
    QString topic;
    bool fromHeadings = false; // found from section headings, not from the topic list
    QVector<ThreadEntry> entries;
};

// Everything LinkBuilder finds among a set of analysed letters.
struct LinkGraph {
    QVector<int> order; // document indices in meeting order
    QVector<int> meetingOf; // per document: meeting index or -1
    QVector<MeetingEntry> meetings; // in time order
    QVector<DocumentLink> links;
    QVector<SummitGroup> summits;
    QVector<TopicThread> topics;

    QVector<DocumentLink> linksFrom(int document) const;
    QVector<DocumentLink> linksTo(int document) const;
};

QString linkKindName(LinkKind kind);

} // namespace diptych
