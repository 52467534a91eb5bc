#include "annotations/WindowAnnotations.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationFiles.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/EmbeddedAnnotationImport.h"
#include "document/DocumentPane.h"
#include "library/Library.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace diptych {

namespace {

// A title reduced to its letters and digits, so the text export and the PDF of one letter
// (other dashes, spaces, line breaks, capitals) compare equal.
QString titleKey(const QString &title)
{
    QString key;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// Another file of the same letter: the same official id, or, when either lacks one, the
// same kind, meeting date and title (a text export beside its PDF, a re-issued PDF).
bool sameLetter(const LibraryEntry &entry, const Analysis &analysis)
{
    if (!entry.selfId.isEmpty() && !analysis.selfId.isEmpty())
        return entry.selfId == analysis.selfId;
    return entry.kind == analysis.kind && entry.meeting.start.isValid() && entry.meeting.start == analysis.meeting.start
           && !analysis.title.isEmpty() && titleKey(entry.title) == titleKey(analysis.title);
}

QStringList relatedHashes(Library &library, const Analysis &analysis)
{
    QStringList hashes;
    for (const LibraryEntry &e : library.entries()) {
        if (sameLetter(e, analysis))
            hashes.append(e.hash);
    }
    return hashes;
}

} // namespace

WindowAnnotations::WindowAnnotations(MainWindow *window, Library &library)
    : QObject(window), m_window(window), m_library(library), m_panel(new AnnotationsPanel(library, window)),
      m_group(new QUndoGroup(this)), m_windowStack(new QUndoStack(this)), m_files(new AnnotationFiles(window))
{
    m_dock = new QDockWidget(tr("Annotations"), window);
    m_dock->setObjectName(QStringLiteral("annotationsDock"));
    m_dock->setAccessibleName(tr("Annotations"));
    m_dock->setWidget(m_panel);
    m_group->addStack(m_windowStack);
    m_group->setActiveStack(m_windowStack);
    m_panel->setUndoStack(m_windowStack);
    connect(m_panel, &AnnotationsPanel::showRequested, this, &WindowAnnotations::showAnnotation);
    buildActions();
    buildFileActions();
}

void WindowAnnotations::buildFileActions()
{
    auto add = [this](const QString &text, const QString &name, auto run) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, run] {
            if (m_active)
                run(AnnotationController::of(m_active), m_active->path());
        });
        m_fileActions << action;
    };
    add(tr("Export PDF with &annotations…"), QStringLiteral("exportAnnotatedPdf"),
        [this](AnnotationController *c, const QString &path) { m_files->exportPdf(c, path); });
    add(tr("Export annotations (&W3C JSON)…"), QStringLiteral("exportAnnotationsJson"),
        [this](AnnotationController *c, const QString &path) { m_files->exportJson(c, path); });
    add(tr("&Import annotations…"), QStringLiteral("importAnnotationsJson"),
        [this](AnnotationController *c, const QString &) { m_files->importJson(c); });
    m_fileActions[0]->setStatusTip(tr("A copy of the PDF with standard annotations that other PDF viewers show"));
    updateFileActions();
}

void WindowAnnotations::updateFileActions()
{
    AnnotationController *c = AnnotationController::of(m_active);
    const bool ready = c && c->annotations();
    const bool pdf = ready && c->annotations()->analysis().format == SourceFormat::Pdf;
    m_fileActions[0]->setEnabled(pdf);
    m_fileActions[1]->setEnabled(ready);
    m_fileActions[2]->setEnabled(ready);
}

void WindowAnnotations::buildActions()
{
    m_undoAction = m_group->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_group->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(shiftZ))
        redoKeys.append(shiftZ);
    m_redoAction->setShortcuts(redoKeys);
    for (QAction *a : {m_undoAction, m_redoAction})
        m_window->addAction(a);

    const struct {
        QString text;
        QString keys;
        AnnotationKind kind;
    } kinds[] = {{tr("&Highlight"), tr("Ctrl+Shift+H"), AnnotationKind::Highlight},
                 {tr("&Underline"), tr("Ctrl+Shift+U"), AnnotationKind::Underline},
                 {tr("&Strike out"), tr("Ctrl+Shift+X"), AnnotationKind::StrikeOut},
                 {tr("&Note…"), tr("Ctrl+Shift+N"), AnnotationKind::HighlightNote}};
    for (const auto &k : kinds) {
        auto *action = new QAction(k.text, this);
        action->setShortcut(QKeySequence(k.keys));
        connect(action, &QAction::triggered, this, [this, kind = k.kind] {
            AnnotationController *c = AnnotationController::of(m_active);
            const QString id = c ? c->annotateSelection(kind) : QString();
            if (!id.isEmpty() && kind == AnnotationKind::HighlightNote)
                editNote(id);
        });
        m_window->addAction(action);
        m_annotate.append(action);
    }
}

void WindowAnnotations::setModel(AnnotationModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_panel->setModel(model);
    if (model)
        connect(model, &AnnotationModel::storeFailed, this,
                [this](const QString &message) { m_window->statusBar()->showMessage(message, 10000); });
}

void WindowAnnotations::attach(DocumentPane *pane)
{
    if (!m_model || AnnotationController::of(pane))
        return;
    auto *controller = new AnnotationController(pane, m_model);
    m_group->addStack(controller->undoStack());
    connect(controller, &AnnotationController::noteEditRequested, this, &WindowAnnotations::editNote);
    connect(pane, &DocumentPane::ready, this, [this, pane] { onPaneReady(pane); });
    if (pane->isReady())
        onPaneReady(pane);
    // The tab became current before it had its tools: point Undo at its stack now.
    if (pane == m_active)
        setActivePane(pane);
}

// The annotations of a file are keyed by the hash of its bytes; reading a 200-page PDF
// to hash it is work for a worker thread, not the UI thread.
void WindowAnnotations::onPaneReady(DocumentPane *pane)
{
    if (!AnnotationController::of(pane) || !pane->analysis())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, pane = QPointer<DocumentPane>(pane)] {
        watcher->deleteLater();
        if (pane)
            onPaneHashed(pane, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = pane->path()] { return LibraryStore::hashFile(path); }));
}

void WindowAnnotations::onPaneHashed(DocumentPane *pane, const QString &hash)
{
    AnnotationController *controller = AnnotationController::of(pane);
    const AnalysisPtr analysis = pane->analysis();
    if (!controller || !analysis)
        return;
    controller->setAnalysis(analysis, hash, relatedHashes(m_library, *analysis));
    if (pane == m_active) {
        m_panel->setController(controller);
        updateFileActions();
    }
    if (analysis->format == SourceFormat::Pdf && !hash.isEmpty()) {
        auto *import = EmbeddedAnnotationImport::start(m_model, pane->path(), analysis, hash, pane);
        connect(import, &EmbeddedAnnotationImport::finished, this, [this](int count, const QString &error) {
            if (count > 0)
                m_window->statusBar()->showMessage(tr("%n annotation(s) taken over from the PDF", nullptr, count),
                                                   8000);
            else if (!error.isEmpty())
                m_window->statusBar()->showMessage(tr("The annotations inside the PDF cannot be read: %1").arg(error),
                                                   10000);
        });
    }
}

void WindowAnnotations::setActivePane(DocumentPane *pane)
{
    m_active = pane;
    AnnotationController *controller = AnnotationController::of(pane);
    QUndoStack *stack = controller ? controller->undoStack() : m_windowStack;
    m_group->setActiveStack(stack);
    m_panel->setUndoStack(stack);
    m_panel->setController(controller);
    updateFileActions();
}

void WindowAnnotations::editNote(const QString &id)
{
    m_dock->show();
    m_dock->raise();
    m_panel->editNote(id);
}

// In an open document that places it, else in the library's document that holds it.
void WindowAnnotations::showAnnotation(const QString &id, const QString &documentHash)
{
    for (DocumentPane *pane : m_window->tabs()->findChildren<DocumentPane *>()) {
        AnnotationController *c = AnnotationController::of(pane);
        if (c && c->annotations() && c->annotations()->documentHash() == documentHash) {
            QWidget *page = pane;
            while (page && m_window->tabs()->indexOf(page) < 0)
                page = page->parentWidget();
            m_window->tabs()->setCurrentWidget(page);
            c->goTo(id);
            return;
        }
    }
    const std::optional<LibraryEntry> entry = m_library.byHash(documentHash);
    DocumentPane *pane = entry ? m_window->openDocument(entry->path) : nullptr;
    if (!pane)
        return;
    auto *once = new QObject(pane);
    connect(pane, &DocumentPane::ready, once, [pane, id, once] {
        // After the controller had its analysis (connected earlier).
        if (AnnotationController *c = AnnotationController::of(pane))
            c->goTo(id);
        once->deleteLater();
    });
}

} // namespace diptych
