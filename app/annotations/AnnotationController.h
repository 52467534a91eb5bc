#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/Annotation.h"

#include <QObject>
#include <QPointF>

class QAction;
class QMenu;
class QPoint;
class QUndoStack;

namespace diptych {

class AnnotationModel;
class DocumentAnnotations;
class DocumentPane;

// The annotation tools of one open document, kept out of the views: the actions and
// shortcuts that mark the selection (text view or PDF pages), the context menus that make,
// recolour and delete annotations, and the marks handed to the pane. Every edit is an
// undo command on the document's own stack, which this object keeps (a child of the pane,
// so the pane owns it).
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(DocumentPane *pane, AnnotationModel *model);

    // The controller of a pane; nullptr when it has none.
    static AnnotationController *of(const DocumentPane *pane);

    DocumentPane *pane() const { return m_pane; }
    QUndoStack *undoStack() const { return m_undo; }
    DocumentAnnotations *annotations() const { return m_annotations; }
    // Called when the pane's analysis arrives; relatedHashes: other versions of the letter.
    void setAnalysis(const AnalysisPtr &analysis, const QString &documentHash, const QStringList &relatedHashes);

    // The selection of the view that shows, as a reading-text range; {0, 0} when empty.
    QPair<int, int> selection() const;
    // Marks the selection; returns the new annotation's id, empty when nothing was selected.
    QString annotateSelection(AnnotationKind kind, const QColor &color = QColor());
    // A note pinned to a point of a PDF page (points, top-left origin).
    QString addPageNote(int page, const QPointF &point);
    void recolor(const QString &id, const QColor &color);
    void changeKind(const QString &id, AnnotationKind kind);
    void remove(const QString &id);
    // Shows the annotation in whichever view is showing.
    void goTo(const QString &id);

    // The reader's colours, named for menus.
    static QVector<QPair<QColor, QString>> palette();
    // The context menu of an annotation, in the letter's text and on its pages: note,
    // colour, kind, sharing (with a team set) and delete.
    void addAnnotationActions(QMenu *menu, const QString &id);

Q_SIGNALS:
    // A note was made or "Edit note…" chosen: the window shows its editor.
    void noteEditRequested(const QString &id);

private:
    void buildActions();
    void updateMarks();
    bool push(const Annotation &annotation);
    QString author() const;
    void showTextMenu(const QPoint &globalPos, const QString &id);
    void showPageMenu(const QPoint &globalPos, int page, const QPointF &point);
    void addSelectionActions(QMenu *menu);
    void addSharingAction(QMenu *menu, const Annotation &a);

    DocumentPane *m_pane; // the parent
    AnnotationModel *m_model;
    QUndoStack *m_undo;
    DocumentAnnotations *m_annotations = nullptr;
    QAction *m_highlight;
    QAction *m_underline;
    QAction *m_strikeOut;
    QAction *m_note;
};

} // namespace diptych
