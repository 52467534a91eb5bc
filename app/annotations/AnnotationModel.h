#pragma once

#include "annotations/Annotation.h"

#include <QAbstractListModel>
#include <QVector>

#include <optional>

namespace diptych {

class AnnotationStore;

// Every annotation of the library as one list model. All edits go through here (and the
// undo commands call nothing else), so the document views, the panel and the store stay in
// step: each edit is written to the store at once, then the views hear of it through the
// usual model signals. Without a store (it could not be opened) edits stay in memory and
// storeFailed() says so.
class AnnotationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,          // AnnotationKind as int
        ColorRole,
        AuthorRole,
        NoteRole,
        TagsRole,
        QuoteRole,
        DocumentHashRole,
        ModifiedRole,
    };

    explicit AnnotationModel(AnnotationStore *store = nullptr, QObject *parent = nullptr);

    void setStore(AnnotationStore *store);
    AnnotationStore *store() const { return m_store; }
    // Reads every annotation from the store again.
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QVector<Annotation> &annotations() const { return m_rows; }
    const Annotation &at(int row) const { return m_rows[row]; }
    int rowOf(const QString &id) const;
    std::optional<Annotation> byId(const QString &id) const;
    QVector<Annotation> byDocuments(const QStringList &hashes) const;

    // The edits. Each is stored before the views are told; false when the store refused it
    // (the model keeps the edit, so what the user sees is what they did).
    bool add(const Annotation &annotation);
    bool remove(const QString &id);
    bool update(const Annotation &annotation);

    // Kind names for people ("Highlight", "Note on a page", …).
    static QString kindLabel(AnnotationKind kind);

Q_SIGNALS:
    void storeFailed(const QString &message);

private:
    bool write(const Annotation &annotation);

    AnnotationStore *m_store;
    QVector<Annotation> m_rows;
};

} // namespace diptych
