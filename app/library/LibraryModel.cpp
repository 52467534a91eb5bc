#include "library/LibraryModel.h"

#include "library/MeetingLabel.h"

#include <QFileInfo>
#include <QFont>

#include <algorithm>

namespace diptych {

namespace {

bool hasMeeting(const Meeting &m) { return m.start.isValid(); }

QString meetingKey(const Meeting &m)
{
    return meetingTypeName(m.type).toLower() + QLatin1Char('|') + m.start.toString(Qt::ISODate);
}

int kindOrder(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agenda: return 0;
    case DocumentKind::Verslag: return 1;
    case DocumentKind::Other: break;
    }
    return 2;
}

QString displayTitle(const LibraryEntry &e)
{
    return e.title.isEmpty() ? QFileInfo(e.path).completeBaseName() : e.title;
}

} // namespace

LibraryModel::LibraryModel(QObject *parent) : QAbstractItemModel(parent) {}

void LibraryModel::setEntries(const QVector<LibraryEntry> &entries)
{
    beginResetModel();
    m_groups.clear();
    QHash<QString, int> byKey;
    Group other;
    for (const LibraryEntry &e : entries) {
        if (!hasMeeting(e.meeting)) {
            other.documents << e;
            continue;
        }
        const QString key = meetingKey(e.meeting);
        if (!byKey.contains(key)) {
            byKey.insert(key, m_groups.size());
            m_groups.append(Group{e.meeting, {}});
        }
        Group &g = m_groups[byKey.value(key)];
        g.documents << e;
        if (g.meeting.place.isEmpty())
            g.meeting.place = e.meeting.place;
    }
    std::sort(m_groups.begin(), m_groups.end(),
              [](const Group &a, const Group &b) { return a.meeting.start > b.meeting.start; });
    if (!other.documents.isEmpty())
        m_groups.append(other);
    for (Group &g : m_groups) {
        std::stable_sort(g.documents.begin(), g.documents.end(), [](const LibraryEntry &a, const LibraryEntry &b) {
            if (kindOrder(a.kind) != kindOrder(b.kind))
                return kindOrder(a.kind) < kindOrder(b.kind);
            return displayTitle(a).localeAwareCompare(displayTitle(b)) < 0;
        });
    }
    endResetModel();
}

QPair<QString, QString> LibraryModel::agendaAndVerslag(const QModelIndex &meeting) const
{
    QPair<QString, QString> out;
    if (!meeting.isValid() || meeting.internalId() != 0)
        return out;
    for (const LibraryEntry &e : m_groups.at(meeting.row()).documents) {
        if (e.kind == DocumentKind::Agenda && out.first.isEmpty())
            out.first = e.path;
        else if (e.kind == DocumentKind::Verslag && out.second.isEmpty())
            out.second = e.path;
    }
    return out;
}

QModelIndex LibraryModel::indexForPath(const QString &path) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int d = 0; d < m_groups[g].documents.size(); ++d) {
            if (m_groups[g].documents[d].path == path)
                return createIndex(d, 0, quintptr(g + 1));
        }
    }
    return {};
}

// internalId 0: a meeting row; n > 0: a document of group n - 1.
QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_groups[parent.row()].documents.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_groups.size();
    if (parent.internalId() != 0)
        return 0;
    return m_groups[parent.row()].documents.size();
}

int LibraryModel::columnCount(const QModelIndex &) const { return 1; }

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[index.row()], role);
    return documentData(m_groups[int(index.internalId() - 1)].documents[index.row()], role);
}

QVariant LibraryModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return hasMeeting(group.meeting) ? meetingLabel(group.meeting) : tr("Other documents");
    case Qt::ToolTipRole:
        return hasMeeting(group.meeting) ? tr("NATO foreign ministers meeting") : tr("Meeting not recognised");
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case IsMeetingRole: return true;
    case KindRole: return -1;
    default: return {};
    }
}

QVariant LibraryModel::documentData(const LibraryEntry &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return displayTitle(e);
    case Qt::ToolTipRole: return e.path;
    case Qt::AccessibleTextRole: return QString(badge(e.kind, e.docType) + QLatin1Char(' ') + displayTitle(e));
    case PathRole: return e.path;
    case KindRole: return int(e.kind);
    case IsMeetingRole: return false;
    case MissingRole: return !QFileInfo::exists(e.path);
    case BadgeRole: return badge(e.kind, e.docType);
    default: return {};
    }
}

QString LibraryModel::badge(DocumentKind kind, DocumentType type)
{
    switch (kind) {
    case DocumentKind::Agenda: return tr("Agenda");
    case DocumentKind::Verslag: return tr("Report");
    case DocumentKind::Other: break;
    }
    switch (type) {
    case DocumentType::Motie: return tr("Motion");
    case DocumentType::Aanhangsel: return tr("Questions");
    case DocumentType::VerslagCommissie: return tr("Committee");
    case DocumentType::Brief:
    case DocumentType::Other: break;
    }
    return tr("Letter");
}

} // namespace diptych
