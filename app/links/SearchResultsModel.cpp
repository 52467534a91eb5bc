#include "links/SearchResultsModel.h"

#include "library/LibraryModel.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace diptych {

namespace {

DocumentKind kindOf(const QString &name)
{
    if (name == QLatin1String("agenda"))
        return DocumentKind::Agenda;
    if (name == QLatin1String("verslag"))
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : GroupedItemModel(parent) {}

QString SearchResultsModel::snippetHtml(const QString &snippet)
{
    QString out;
    QString run;
    for (const QChar c : snippet) {
        if (c == QChar(0x01) || c == QChar(0x02)) {
            out += run.toHtmlEscaped() + (c == QChar(0x01) ? QStringLiteral("<b>") : QStringLiteral("</b>"));
            run.clear();
        } else {
            run += c;
        }
    }
    return out + run.toHtmlEscaped();
}

void SearchResultsModel::setHits(const QVector<SearchHit> &hits)
{
    beginResetModel();
    m_groups.clear();
    m_hitCount = hits.size();
    QHash<QString, int> byMeeting;
    for (const SearchHit &hit : hits) { // already by rank: each group keeps that order
        const QString key = hit.meetingLabel + QLatin1Char('|') + hit.meetingStart.toString(Qt::ISODate);
        if (!byMeeting.contains(key)) {
            byMeeting.insert(key, m_groups.size());
            m_groups.append(
                Group{hit.meetingLabel.isEmpty() ? tr("No meeting") : hit.meetingLabel, hit.meetingStart, {}});
        }
        m_groups[byMeeting.value(key)].hits << hit;
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start > b.start;
    });
    endResetModel();
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QVariant SearchResultsModel::groupData(int group, int role) const
{
    const Group &g = m_groups.at(group);
    switch (role) {
    case Qt::DisplayRole: return tr("%1 (%2)").arg(g.label).arg(g.hits.size());
    case IsGroupRole: return true;
    default: return {};
    }
}

QVariant SearchResultsModel::childData(int group, int item, int role) const
{
    const SearchHit &hit = m_groups.at(group).hits.at(item);
    const QString title = hit.title.isEmpty() ? QFileInfo(hit.path).completeBaseName() : hit.title;
    switch (role) {
    case Qt::DisplayRole: return QString(LibraryModel::badge(kindOf(hit.kind)) + QStringLiteral(" · ") + title);
    case Qt::ToolTipRole: return hit.path;
    case PathRole: return hit.path;
    case OffsetRole: return hit.readingOffset;
    case SnippetHtmlRole: return snippetHtml(hit.snippet);
    case TitleRole: return title;
    case IsGroupRole: return false;
    default: return {};
    }
}

} // namespace diptych
