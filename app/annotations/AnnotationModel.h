#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationReply.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <optional>

namespace diptych {

class AnnotationStore;

// Every annotation of the library as one list model. All edits go through here (and the
// undo commands call nothing else), so the document views, the panel and the store stay in
// step: each edit is written to the store at once, then the views hear of it through the
// usual model signals. Without a store (it could not be opened) edits stay in memory and
// storeFailed() says so. Each annotation's replies are kept beside it (repliesChanged()
// names the annotation whose thread changed), not as rows: views that show threads ask.
class AnnotationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // AnnotationKind as int
        ColorRole,
        AuthorRole,
        NoteRole,
        TagsRole,
        QuoteRole,
        DocumentHashRole,
        ModifiedRole,
    };

    explicit AnnotationModel(AnnotationStore *store = nullptr, QObject *parent = nullptr);
    ~AnnotationModel() override;

    // How long an update() made while writes are deferred may wait for the store. A program
    // killed (kill -9, a crash) loses no more than that plus one write: under the second of
    // typing issue 13 allows.
    static constexpr int kDeferredWriteMs = 500;

    void setStore(AnnotationStore *store);
    AnnotationStore *store() const { return m_store; }
    // The team the store syncs with (Edit › Team…); empty: none, and no sharing choices.
    void setTeam(const QString &team) { m_team = team; }
    QString team() const { return m_team; }
    // Reads every annotation and reply from the store again (a sync took in teammates'
    // edits): rows that changed are updated, new ones added at the end and gone ones removed,
    // never a reset, so views keep their selection and scroll position.
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

    // Replies: the thread of one annotation, oldest first.
    QVector<AnnotationReply> replies(const QString &annotationId) const { return m_replies.value(annotationId); }
    std::optional<AnnotationReply> replyById(const QString &replyId) const;
    // Stored before the views are told, like the edits above. addReply replaces a reply with
    // the same id (an edit of its text, or undoing one).
    bool addReply(const AnnotationReply &reply);
    bool removeReply(const QString &replyId);
    // The author rule: false for an annotation or reply the team server says someone else
    // wrote (only its author changes or removes it; others reply).
    bool isOwn(const QString &itemId) const;

    // Typing a note: while deferred, update() changes the model and tells the views at once,
    // but leaves the store write (a committed, fsynced transaction: milliseconds on a busy
    // disk, at every key) to flush(), which runs kDeferredWriteMs after the first unwritten
    // edit, on any other edit of that annotation, and when the model goes.
    void setWritesDeferred(bool deferred) { m_writesDeferred = deferred; }
    // Writes what is waiting; false when the store refused some of it (storeFailed said so).
    bool flush();
    bool hasUnwritten() const { return !m_unwritten.isEmpty(); }

    // Kind names for people ("Highlight", "Note on a page", …).
    static QString kindLabel(AnnotationKind kind);

Q_SIGNALS:
    void storeFailed(const QString &message);
    // The replies to this annotation changed (added, removed, or arrived by a sync).
    void repliesChanged(const QString &annotationId);

private:
    bool write(const Annotation &annotation);
    bool defer(const QString &id);
    void takeIn(const QVector<Annotation> &annotations);
    void takeIn(const QVector<AnnotationReply> &replies);

    AnnotationStore *m_store;
    QString m_team;
    QVector<Annotation> m_rows;
    QHash<QString, QVector<AnnotationReply>> m_replies; // by annotation id, oldest first
    bool m_writesDeferred = false;
    QSet<QString> m_unwritten; // ids whose latest state the store has not yet
    QTimer m_flushTimer;
};

} // namespace diptych
