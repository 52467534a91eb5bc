#pragma once

#include "library/LibraryIndex.h"
#include "links/GroupedItemModel.h"

namespace diptych {

// Library search results grouped by meeting (newest first, letters without a meeting
// last); under each meeting its letters by rank, each with a snippet.
class SearchResultsModel : public GroupedItemModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        OffsetRole, // reading-text offset of the first match, -1 unknown
        SnippetHtmlRole, // the snippet with the matches in <b>, HTML-escaped
        TitleRole,
        IsGroupRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QVector<SearchHit> &hits);
    int hitCount() const { return m_hitCount; }
    // The first letter of the first group: what Enter in the query field opens.
    QModelIndex firstHit() const;
    // \x01 … \x02 around matches -> <b> … </b>, everything else escaped.
    static QString snippetHtml(const QString &snippet);

protected:
    int groupCount() const override { return m_groups.size(); }
    int itemCount(int group) const override { return m_groups.at(group).hits.size(); }
    QVariant groupData(int group, int role) const override;
    QVariant childData(int group, int item, int role) const override;

private:
    struct Group {
        QString label; // the meeting, or "No meeting"
        QDate start;
        QVector<SearchHit> hits;
    };
    QVector<Group> m_groups;
    int m_hitCount = 0;
};

} // namespace diptych
