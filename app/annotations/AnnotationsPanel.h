#pragma once

#include "annotations/AnnotationFilter.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace diptych {

class AnnotationController;
class AnnotationModel;
class Library;
class NoteEditor;

// The annotations dock: those of the current document (placed ones, then a "Not placed"
// group, never dropped) or of the whole library grouped by document; filters by kind,
// colour, tag, author and text; a click shows the annotation, opening its document when
// needed. Below the list, the note of the selected annotation in the spell-checked editor;
// typing goes through undo commands, one step per typing session. Under it the tags,
// comma-separated, set in one undo step when the field is left or Enter is pressed.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
public:
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

    QTreeView *view() const { return m_view; }
    QStandardItemModel *items() const { return m_items; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *authorFilter() const { return m_author; }
    NoteEditor *noteEditor() const { return m_editor; }
    QLineEdit *tagsField() const { return m_tags; }
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
    QString m_noteId; // the annotation whose note the editor shows
    int m_session = 0; // typing session: edits within one merge into one undo step
    bool m_loadingNote = false;
    bool m_typing = false; // our own note edit is going through the model

    bool m_rebuilding = false;
};

} // namespace diptych
