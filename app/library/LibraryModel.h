#pragma once

#include "library/LetterFiles.h"
#include "library/LibraryEntry.h"

#include <QAbstractItemModel>
#include <QVector>

namespace diptych {

// The library as a tree: meetings newest first, each with its agenda, verslag and other
// letters; documents whose meeting is unknown under "Other" at the end. A letter held in
// more than one file (the PDF and its text export) is one row that opens its lead file,
// with its files under it (LetterFiles).
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
        FilesRole, // a letter row: every file of the letter (QStringList)
        IsFileRole, // one file of a letter held in several
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
        QVector<Letter> letters;
    };
    QVariant groupData(const Group &group, int role) const;
    QVariant letterData(const Letter &letter, int role) const;
    QVariant documentData(const LibraryEntry &entry, int role) const;
    QVariant fileData(const LibraryEntry &entry, int role) const;

    QVector<Group> m_groups;
};

} // namespace diptych
