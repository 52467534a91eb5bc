#include "links/LinkGraph.h"

namespace diptych {

QVector<int> MeetingEntry::documents() const
{
    QVector<int> out;
    if (agenda >= 0)
        out << agenda;
    if (verslag >= 0)
        out << verslag;
    out << others;
    return out;
}

QVector<DocumentLink> LinkGraph::linksFrom(int document) const
{
    QVector<DocumentLink> out;
    for (const DocumentLink &link : links) {
        if (link.from == document)
            out << link;
    }
    return out;
}

QVector<DocumentLink> LinkGraph::linksTo(int document) const
{
    QVector<DocumentLink> out;
    for (const DocumentLink &link : links) {
        if (link.to == document)
            out << link;
    }
    return out;
}

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::SameMeeting: return QStringLiteral("same-meeting");
    case LinkKind::PreviousMeeting: return QStringLiteral("previous-meeting");
    case LinkKind::Kamerstuk: return QStringLiteral("kamerstuk");
    case LinkKind::MentionsMeeting: return QStringLiteral("mentions-meeting");
    case LinkKind::Topic: return QStringLiteral("topic");
    }
    return QString();
}

} // namespace diptych
