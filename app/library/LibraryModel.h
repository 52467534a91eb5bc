#pragma once

#include "library/LibraryEntry.h"

#include <QAbstractItemModel>
#include <QVector>

namespace diptych {

// The library as a tree: meetings newest first, each with its agenda, verslag and other
// letters; documents whose meeting is unknown under "Other" at the end.
class LibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole, // int(DocumentKind) for documents, -1 for meetings
        BadgeRole, // "Agenda", "Verslag", "Letter"
        IsMeetingRole,
        MissingRole, // the file is gone
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setEntries(const QVector<LibraryEntry> &entries);
    // The agenda and verslag of a meeting row (either may be empty).
    QPair<QString, QString> agendaAndVerslag(const QModelIndex &meeting) const;
    QModelIndex indexForPath(const QString &path) const;
    // Agenda or report for a meeting letter, else what kind of Kamerstuk it is.
    static QString badge(DocumentKind kind, DocumentType type = DocumentType::Other);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Meeting meeting; // type empty and start invalid: the "Other" group
        QVector<LibraryEntry> documents;
    };
    QVariant groupData(const Group &group, int role) const;
    QVariant documentData(const LibraryEntry &entry, int role) const;

    QVector<Group> m_groups;
};

} // namespace diptych
