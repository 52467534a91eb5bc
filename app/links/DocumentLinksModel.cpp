#include "links/DocumentLinksModel.h"

#include "library/Library.h"
#include "links/LinkLabels.h"
#include "links/MeetingNames.h"

#include <QSet>

#include <algorithm>

namespace diptych {

namespace {

// Which group a link belongs in, seen from the document at its `from` end (outgoing) or
// its `to` end (incoming). Links the core makes both ways are shown once, from the
// outgoing side; GroupCount: not shown.
DocumentLinksModel::Group classify(const LinkSnapshot &snapshot, const DocumentLink &link, bool outgoing)
{
    using G = DocumentLinksModel;
    const LinkGraph &graph = snapshot.graph();
    switch (link.kind) {
    case LinkKind::SameMeeting: return outgoing ? G::SameMeeting : G::GroupCount;
    case LinkKind::PreviousMeeting: return outgoing ? G::PreviousMeeting : G::NextMeeting;
    case LinkKind::Kamerstuk: {
        const bool cites = link.key == snapshot.analysis(link.to).selfId;
        if (cites)
            return outgoing ? G::Cites : G::CitedBy;
        return outgoing ? G::AlsoCited : G::GroupCount;
    }
    case LinkKind::MentionsMeeting: {
        const int meeting = graph.meetingOf.value(link.to, -1);
        const bool namesMeeting = meeting >= 0 && link.key == MeetingNames::meeting(graph.meetings.at(meeting).meeting);
        if (namesMeeting)
            return outgoing ? G::MeetingsMentioned : G::MentionedIn;
        return outgoing ? G::SameSummit : G::GroupCount;
    }
    case LinkKind::Topic: return G::Topics;
    }
    return G::GroupCount;
}

QString alsoCitedDetail(const QString &key)
{
    static const QString dossier = QStringLiteral("dossier ");
    if (key.startsWith(dossier))
        return DocumentLinksModel::tr("dossier %1").arg(key.mid(dossier.size()));
    return key;
}

} // namespace

DocumentLinksModel::DocumentLinksModel(const Library *library, QObject *parent)
    : GroupedItemModel(parent), m_library(library)
{
}

QString DocumentLinksModel::groupName(Group group)
{
    switch (group) {
    case SameMeeting: return tr("Same meeting");
    case PreviousMeeting: return tr("Previous meeting");
    case NextMeeting: return tr("Next meeting");
    case Cites: return tr("Kamerstukken cited");
    case CitedBy: return tr("Cited by");
    case AlsoCited: return tr("Also cited in");
    case MeetingsMentioned: return tr("Meetings mentioned");
    case MentionedIn: return tr("Mentioned in");
    case SameSummit: return tr("Same summit mentioned in");
    case Topics: return tr("Topics");
    case Outside: return tr("Outside the library");
    case GroupCount: break;
    }
    return QString();
}

void DocumentLinksModel::setDocument(const LinkSnapshotPtr &snapshot, const QString &path,
                                     const LinkAnalysisPtr &current)
{
    beginResetModel();
    m_path = path;
    m_rows.clear();
    QVector<QVector<Item>> groups(GroupCount);
    const int document = snapshot ? snapshot->indexOf(path) : -1;
    if (document >= 0)
        collect(*snapshot, document, groups);
    const Analysis *analysis = document >= 0 ? &snapshot->analysis(document) : current.get();
    if (analysis)
        collectOutside(*analysis, groups[Outside]);
    for (int g = 0; g < GroupCount; ++g) {
        QVector<Item> &items = groups[g];
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.rank < b.rank; });
        if (!items.isEmpty())
            m_rows.append(Rows{Group(g), items});
    }
    endResetModel();
}

DocumentLinksModel::Item DocumentLinksModel::linkItem(const LinkSnapshot &snapshot, const DocumentLink &link,
                                                      bool outgoing) const
{
    const int other = outgoing ? link.to : link.from;
    Item item;
    item.text = LinkLabels::document(snapshot, other);
    item.path = snapshot.path(other);
    // Outgoing: where the core says to open the target; incoming: where the other letter
    // makes the link (its citation, mention or passage).
    item.offset = snapshot.readingOffset(other, outgoing ? link.target : link.at);
    item.rank = snapshot.graph().order.indexOf(other);
    item.toolTip = LinkLabels::title(snapshot.analysis(other), item.path) + QLatin1Char('\n') + item.path;
    return item;
}

void DocumentLinksModel::collect(const LinkSnapshot &snapshot, int document, QVector<QVector<Item>> &groups) const
{
    QSet<QString> seen; // group|path|detail: a letter linked twice for one reason shows once
    auto add = [&](const DocumentLink &link, bool outgoing) {
        const Group group = classify(snapshot, link, outgoing);
        if (group == GroupCount)
            return;
        Item item = linkItem(snapshot, link, outgoing);
        switch (group) {
        case Cites:
        case CitedBy:
        case SameSummit:
        case MeetingsMentioned:
        case MentionedIn: item.detail = link.key; break;
        case AlsoCited: item.detail = alsoCitedDetail(link.key); break;
        case Topics: item.detail = outgoing ? tr("%1, earlier").arg(link.key) : tr("%1, later").arg(link.key); break;
        default: break;
        }
        const QString key = QString::number(group) + QLatin1Char('|') + item.path + QLatin1Char('|') + item.detail;
        if (seen.contains(key))
            return;
        seen.insert(key);
        groups[group] << item;
    };
    for (const DocumentLink &link : snapshot.graph().linksFrom(document))
        add(link, true);
    for (const DocumentLink &link : snapshot.graph().linksTo(document))
        add(link, false);
}

void DocumentLinksModel::collectOutside(const Analysis &analysis, QVector<Item> &items) const
{
    QSet<QString> seen;
    for (const Reference &ref : analysis.references) {
        if (ref.id.isEmpty() || ref.url.isEmpty() || ref.id == analysis.selfId || seen.contains(ref.id))
            continue;
        seen.insert(ref.id);
        if (m_library && !m_library->pathForSelfId(ref.id).isEmpty())
            continue;
        Item item;
        item.text = ref.text;
        item.detail = ref.id;
        item.url = ref.url;
        item.toolTip = tr("Not in the library: opens %1 in the browser when you ask").arg(ref.url);
        item.rank = items.size();
        items << item;
    }
}

QModelIndex DocumentLinksModel::groupIndex(Group group) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).group == group)
            return index(r, 0);
    }
    return {};
}

int DocumentLinksModel::linkCount() const
{
    int n = 0;
    for (const Rows &rows : m_rows)
        n += rows.items.size();
    return n;
}

QVariant DocumentLinksModel::groupData(int group, int role) const
{
    const Rows &rows = m_rows.at(group);
    switch (role) {
    case Qt::DisplayRole: return tr("%1 (%2)").arg(groupName(rows.group)).arg(rows.items.size());
    case GroupRole: return int(rows.group);
    case IsGroupRole: return true;
    default: return {};
    }
}

QVariant DocumentLinksModel::childData(int group, int row, int role) const
{
    const Rows &rows = m_rows.at(group);
    const Item &item = rows.items.at(row);
    switch (role) {
    case Qt::DisplayRole: return item.detail.isEmpty() ? item.text : item.text + QStringLiteral(" — ") + item.detail;
    case Qt::ToolTipRole: return item.toolTip;
    case PathRole: return item.path;
    case OffsetRole: return item.offset;
    case UrlRole: return item.url;
    case GroupRole: return int(rows.group);
    case IsGroupRole: return false;
    case DetailRole: return item.detail;
    default: return {};
    }
}

} // namespace diptych
