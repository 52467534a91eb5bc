#pragma once

#include "links/GroupedItemModel.h"
#include "links/LinkSnapshot.h"

#include <QVector>

namespace diptych {

class Library;

// The links of one document as a tree: a row per kind of link ("Same meeting", "Cited by",
// "Topics", …) with the linked letters under it, incoming and outgoing alike, and the
// Kamerstukken it cites that the library does not hold ("Outside the library").
class DocumentLinksModel : public GroupedItemModel
{
    Q_OBJECT
public:
    enum Group {
        SameMeeting,
        PreviousMeeting,
        NextMeeting,
        Cites,
        CitedBy,
        AlsoCited,
        MeetingsMentioned,
        MentionedIn,
        SameSummit,
        Topics,
        Outside,
        GroupCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, // the letter to open; empty for groups and outside links
        OffsetRole, // reading-text offset to open it at, -1 for its start
        UrlRole, // officielebekendmakingen.nl page of an outside link
        GroupRole, // int(Group)
        IsGroupRole,
        DetailRole, // what links them: a Kamerstuk id, a topic, a summit
    };

    // library answers whether a cited letter is held (by its official id); may be null.
    explicit DocumentLinksModel(const Library *library, QObject *parent = nullptr);

    // Shows the links of `path` (a library letter) in this snapshot; `current` is its
    // analysis, so outside references show before the library has linked it.
    void setDocument(const LinkSnapshotPtr &snapshot, const QString &path, const LinkAnalysisPtr &current);
    QString path() const { return m_path; }
    static QString groupName(Group group);
    // The group's row, invalid when it has no links.
    QModelIndex groupIndex(Group group) const;
    int linkCount() const;

protected:
    int groupCount() const override { return m_rows.size(); }
    int itemCount(int group) const override { return m_rows.at(group).items.size(); }
    QVariant groupData(int group, int role) const override;
    QVariant childData(int group, int item, int role) const override;

private:
    struct Item {
        QString text;
        QString detail;
        QString toolTip;
        QString path;
        int offset = -1;
        QString url;
        int rank = 0; // meeting order of the linked letter
    };
    struct Rows {
        Group group;
        QVector<Item> items;
    };
    void collect(const LinkSnapshot &snapshot, int document, QVector<QVector<Item>> &groups) const;
    void collectOutside(const Analysis &analysis, QVector<Item> &items) const;
    Item linkItem(const LinkSnapshot &snapshot, const DocumentLink &link, bool outgoing) const;

    QString m_path;
    const Library *m_library;
    QVector<Rows> m_rows; // only groups with links, in Group order
};

} // namespace diptych
