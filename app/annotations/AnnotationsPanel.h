#pragma once

#include "annotations/AnnotationFilter.h"
#include "annotations/AnnotationReply.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;
class QTimer;
class QUndoStack;

namespace diptych {

class AnnotationController;
class AnnotationModel;
class Library;
class NoteEditor;
class ReplyDialog;

// The annotations dock: those of the current document (placed ones, then a "Not placed"
// group, never dropped) or of the whole library grouped by document; filters by kind,
// colour, tag, author and text; a click shows the annotation, opening its document when
// needed. Below the list, the note of the selected annotation in the spell-checked editor;
// typing goes through undo commands, one step per typing session. Under it the tags,
// comma-separated, set in one undo step when the field is left or Enter is pressed.
//
// Replies hang under their annotation as rows of their own (ReplyDelegate draws them), so a
// thread reads at a glance, a reply can be chosen (to delete one's own) and an annotation
// without replies takes no more room than before. A reply arriving by a sync changes only its
// annotation's rows: the selection, the scroll position and collapsed threads stay. Reply…
// (context menu, the button beside the note) opens a ReplyDialog; adding and deleting a reply
// are undo commands. Someone else's annotation or reply is not edited here, only answered.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
public:
    // A reply row has the IdRole of its annotation and ReplyDelegate's roles besides.
    enum Role { IdRole = Qt::UserRole + 1, DocumentHashRole, PlacedRole };

    explicit AnnotationsPanel(Library &library, QWidget *parent = nullptr);

    void setModel(AnnotationModel *model);
    // The current document's annotation tools; nullptr when no document is current.
    void setController(AnnotationController *controller);
    // Where edits made here go: the current document's stack (or the window's).
    void setUndoStack(QUndoStack *stack);

    bool showsLibrary() const;
    void setShowLibrary(bool library);
    AnnotationFilter filter() const;

    // Selects the annotation and puts the cursor in its note.
    void editNote(const QString &id);
    QString currentId() const;
    // The reply chosen in the list; empty when the current row is an annotation.
    QString currentReplyId() const;

    // Opens the reply editor for an annotation (not modal to the window: a dialog of the
    // panel); the reply is added when it is accepted.
    void replyTo(const QString &annotationId);
    // Adds a reply as an undo step; false when there is nothing to add (blank text, no such
    // annotation).
    bool addReply(const QString &annotationId, const QString &text);
    // Deletes one's own reply as an undo step; false for someone else's or an unknown one.
    bool removeReply(const QString &replyId);
    // Opens the reply editor on one's own reply; its new text is one undo step.
    void editReply(const QString &replyId);
    bool changeReply(const QString &replyId, const QString &text);
    // The context menu of a row: Reply…, and on one's own reply Edit reply… and Delete reply.
    // The caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *items() const { return m_items; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *authorFilter() const { return m_author; }
    NoteEditor *noteEditor() const { return m_editor; }
    QLineEdit *tagsField() const { return m_tags; }
    QToolButton *replyButton() const { return m_replyButton; }
    // Annotation ids listed now (after filtering), in list order.
    QStringList listedIds() const;

Q_SIGNALS:
    // An annotation of a document that is not the current one was chosen.
    void showRequested(const QString &id, const QString &documentHash);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilters();
    void rebuild();
    void refillChoices();
    QStandardItem *group(const QString &title);
    QStandardItem *row(const QString &id, bool placed) const;
    static void describe(QStandardItem *item, const Annotation &annotation);
    QStandardItem *replyRow(const Annotation &answered, const AnnotationReply &reply) const;
    static void describeReply(QStandardItem *item, const Annotation &answered, const AnnotationReply &reply);
    // The reply rows under an annotation's row made to match the model, row by row.
    void syncReplies(QStandardItem *item);
    void onRepliesChanged(const QString &annotationId);
    QStandardItem *annotationItem(const QString &id) const;
    void restoreCollapsed();
    ReplyDialog *replyDialog(const Annotation &answered);
    void onAnnotationsChanged();
    void refreshTypedRow();
    QString documentTitle(const QString &hash) const;
    void onCurrentChanged();
    void onActivated(const QModelIndex &index);
    void showNote(const QString &id);
    void onNoteTyped();
    void onTagsEdited();

    Library &m_library;
    AnnotationModel *m_model = nullptr;
    QPointer<AnnotationController> m_controller;
    QPointer<QUndoStack> m_undo;
    QUndoStack *m_ownUndo;
    QToolButton *m_scope;
    QLineEdit *m_text;
    QComboBox *m_kind;
    QComboBox *m_color;
    QComboBox *m_tag;
    QComboBox *m_author;
    QTreeView *m_view;
    QStandardItemModel *m_items;
    QLabel *m_noteLabel;
    NoteEditor *m_editor;
    QLineEdit *m_tags;
    QToolButton *m_replyButton;
    QString m_noteId; // the annotation whose note the editor shows
    int m_session = 0; // typing session: edits within one merge into one undo step
    bool m_loadingNote = false;
    bool m_typing = false; // our own note edit is going through the model

    bool m_rebuilding = false;
    QSet<QString> m_collapsed; // threads the reader closed, kept across rebuilds
    QTimer *m_relayout; // row heights follow the dock's width (wrapped text)
};

} // namespace diptych
