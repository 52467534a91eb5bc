#include "links/LinkBuilder.h"

#include "links/Chronology.h"
#include "links/KamerstukLinker.h"
#include "links/MeetingGrouper.h"
#include "links/MeetingNames.h"
#include "links/MentionLinker.h"
#include "links/TopicThreader.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace diptych {

namespace {

// One link per (from, to, kind, key): a letter naming a summit eight times links once.
// Sorted by the position of `from` in meeting order, then kind, then `to`.
QVector<DocumentLink> tidy(QVector<DocumentLink> links, const QVector<int> &rank)
{
    std::stable_sort(links.begin(), links.end(), [&](const DocumentLink &a, const DocumentLink &b) {
        if (a.from != b.from)
            return rank.at(a.from) < rank.at(b.from);
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return rank.at(a.to) < rank.at(b.to);
    });
    QSet<QString> seen;
    QVector<DocumentLink> out;
    out.reserve(links.size());
    for (DocumentLink &link : links) {
        const QString id = QString::number(link.from) + QLatin1Char(' ') + QString::number(link.to) + QLatin1Char(' ')
                           + QString::number(int(link.kind)) + QLatin1Char(' ') + link.key;
        if (!seen.contains(id)) {
            seen.insert(id);
            out << std::move(link);
        }
    }
    return out;
}

} // namespace

LinkBuilder::LinkBuilder(TopicList topics) : m_topics(std::move(topics)) {}

QStringList LinkBuilder::documentNames(const QVector<Analysis> &docs, const LinkGraph &graph)
{
    QStringList names;
    names.reserve(docs.size());
    for (int d = 0; d < docs.size(); ++d) {
        const int m = graph.meetingOf.value(d, -1);
        names << (m >= 0 ? MeetingNames::document(docs.at(d), graph.meetings.at(m).meeting)
                         : MeetingNames::document(docs.at(d)));
    }
    return names;
}

LinkGraph LinkBuilder::build(const QVector<Analysis> &docs) const
{
    LinkGraph graph;
    MeetingGrouper::Result grouped = MeetingGrouper::group(docs);
    graph.meetings = std::move(grouped.meetings);
    graph.meetingOf = std::move(grouped.meetingOf);
    Chronology::chain(graph.meetings);
    graph.order = Chronology::documentOrder(graph.meetings, int(docs.size()));
    QVector<int> rank(docs.size());
    for (int i = 0; i < graph.order.size(); ++i)
        rank[graph.order.at(i)] = i;

    const QStringList names = documentNames(docs, graph);
    QVector<DocumentLink> links = Chronology::links(graph.meetings, docs, names);
    links << KamerstukLinker::links(docs, rank, names);
    MentionLinker::Result mentions = MentionLinker::link(docs, graph.meetings, graph.meetingOf, rank, names);
    links << mentions.links;
    graph.summits = std::move(mentions.summits);
    graph.topics = TopicThreader::threads(docs, graph.order, m_topics);
    links << TopicThreader::links(graph.topics, names);
    graph.links = tidy(std::move(links), rank);
    return graph;
}

} // namespace diptych
