#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QUndoGroup;
class QUndoStack;

namespace diptych {

class AnnotationFiles;
class AnnotationModel;
class AnnotationsPanel;
class DocumentPane;
class Library;
class MainWindow;

// The window's share of annotating, so MainWindow only calls in: the annotations dock,
// Edit › Undo/Redo over the current document's stack (a QUndoGroup), the Annotate actions
// with their shortcuts, a controller for every document opened, and showing an
// annotation (opening its document when needed).
class WindowAnnotations : public QObject
{
    Q_OBJECT
public:
    WindowAnnotations(MainWindow *window, Library &library);

    void setModel(AnnotationModel *model);
    AnnotationModel *model() const { return m_model; }
    AnnotationsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // Highlight, Underline, Strike out, Note… for the current document's selection.
    QList<QAction *> annotateActions() const { return m_annotate; }
    // Export PDF with annotations…, Export annotations (W3C JSON)…, Import annotations…
    // for the current document; enabled when one is open (the PDF export for a PDF).
    QList<QAction *> fileActions() const { return m_fileActions; }

    // Gives a newly opened document its annotation tools.
    void attach(DocumentPane *pane);
    void setActivePane(DocumentPane *pane);
    void showAnnotation(const QString &id, const QString &documentHash);
    void editNote(const QString &id);

private:
    void buildActions();
    void buildFileActions();
    void updateFileActions();
    void onPaneReady(DocumentPane *pane);
    void onPaneHashed(DocumentPane *pane, const QString &hash);

    MainWindow *m_window;
    Library &m_library;
    AnnotationModel *m_model = nullptr;
    AnnotationsPanel *m_panel;
    QDockWidget *m_dock;
    QUndoGroup *m_group;
    QUndoStack *m_windowStack; // edits from the panel while no document is current
    QAction *m_undoAction;
    QAction *m_redoAction;
    QList<QAction *> m_annotate;
    QList<QAction *> m_fileActions;
    AnnotationFiles *m_files;
    QPointer<DocumentPane> m_active;
};

} // namespace diptych
