#include "shell/MainWindow.h"

#include "annotations/Annotation.h"
#include "annotations/WindowAnnotations.h"
#include "compare/CompareView.h"
#include "document/DocumentPane.h"
#include "document/OutlinePanel.h"
#include "document/ReferencesPanel.h"
#include "export/NotesExport.h"
#include "library/Library.h"
#include "library/LibraryPanel.h"
#include "links/LibraryLinks.h"
#include "links/LinkDocks.h"
#include "print/PrintActions.h"
#include "shell/DockLayout.h"
#include "shell/DocumentTabs.h"
#include "shell/Language.h"
#include "shell/Session.h"
#include "shell/Theme.h"
#include "shell/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace diptych {

namespace {

constexpr int kRecentCount = 10;

QDockWidget *makeDock(const QString &title, const QString &name, QWidget *content, QWidget *parent)
{
    auto *dock = new QDockWidget(title, parent);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setAccessibleName(title);
    return dock;
}

} // namespace

MainWindow::MainWindow(Library &library, AnalysisService &analyses, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_libraryData(library), m_analyses(analyses), m_settings(settings),
      m_theme(new Theme(settings, this)), m_center(new QStackedWidget(this)), m_tabs(new DocumentTabs(this)),
      m_library(new LibraryPanel(library, this)), m_outline(new OutlinePanel(this)),
      m_references(new ReferencesPanel(library, this)), m_statusLabel(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Diptych"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/diptych.svg")));
    setAcceptDrops(true);
    m_center->addWidget(buildWelcome());
    m_center->addWidget(m_tabs);
    setCentralWidget(m_center);
    buildDocks();
    m_annotations = new WindowAnnotations(this, library);
    addDockWidget(Qt::RightDockWidgetArea, m_annotations->dock());
    buildMenus();
    buildStatusBar();
    const QSize screen = this->screen()->availableGeometry().size();
    resize(DockLayout::firstWindowSize(screen));
    DockLayout::apply(*this, screen);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(&m_analyses, &AnalysisService::ready, m_tabs, &DocumentTabs::setAnalysis);
    connect(&m_analyses, &AnalysisService::failed, this, &MainWindow::onFailed);
    connect(&m_analyses, &AnalysisService::pendingChanged, this, &MainWindow::onPending);
    connect(m_library, &LibraryPanel::openRequested, this, &MainWindow::openDocument);
    connect(m_library, &LibraryPanel::compareRequested, this, &MainWindow::openComparison);
    connect(m_library, &LibraryPanel::addRequested, this, &MainWindow::openWithDialog);
    connect(m_references, &ReferencesPanel::openRequested, this, &MainWindow::openDocument);
    connect(m_library, &LibraryPanel::exportNotesRequested, this, [this](const QStringList &paths, bool meeting) {
        NotesExport notes(m_libraryData, m_analyses);
        meeting ? notes.exportMeeting(this, paths) : notes.exportDocument(this, paths.value(0));
    });
    connect(m_theme, &Theme::changed, this, &MainWindow::applyThemeToPages);
}

QWidget *MainWindow::buildWelcome()
{
    m_welcome = new WelcomePage(m_libraryData, this);
    connect(m_welcome, &WelcomePage::compareRequested, this, &MainWindow::openComparison);
    return m_welcome;
}

void MainWindow::buildDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    addDockWidget(Qt::LeftDockWidgetArea, makeDock(tr("Library"), QStringLiteral("libraryDock"), m_library, this));
    addDockWidget(Qt::RightDockWidgetArea, makeDock(tr("Outline"), QStringLiteral("outlineDock"), m_outline, this));
    addDockWidget(Qt::RightDockWidgetArea,
                  makeDock(tr("References"), QStringLiteral("referencesDock"), m_references, this));
    m_links = new LinkDocks(this, m_libraryData, m_analyses);
    connect(m_links, &LinkDocks::openRequested, this, &MainWindow::openDocumentAt);
}

void MainWindow::buildPrintActions(QMenu *file)
{
    m_print = new PrintActions(
        this, &m_analyses, m_libraryData.store().databasePath(),
        [this] { return activePane() ? activePane()->path() : QString(); },
        [this] {
            auto *compare = qobject_cast<CompareView *>(m_tabs->currentWidget());
            return compare ? std::make_pair(compare->left()->path(), compare->right()->path())
                           : std::make_pair(QString(), QString());
        });
    m_print->addTo(file);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *compare = file->addAction(tr("&Compare two documents…"), this, &MainWindow::compareWithDialog);
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    file->addAction(tr("&Watch a folder…"), this, &MainWindow::watchFolderWithDialog);
    buildPrintActions(file);
    QAction *exportNotes = file->addAction(tr("&Export notes…"), this, [this] {
        if (DocumentPane *p = activePane())
            NotesExport(m_libraryData, m_analyses).exportDocument(this, p->path());
    });
    connect(file, &QMenu::aboutToShow, exportNotes, [this, exportNotes] { exportNotes->setEnabled(activePane()); });
    file->addActions(m_annotations->fileActions());
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *closeTab = file->addAction(tr("&Close tab"), this, [this] { this->closeTab(m_tabs->currentIndex()); });
    closeTab->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_annotations->undoAction());
    edit->addAction(m_annotations->redoAction());
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        if (DocumentPane *p = activePane())
            p->copy();
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (DocumentPane *p = activePane())
            p->showFind();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &next"), this, [this] {
        if (DocumentPane *p = activePane())
            p->findNext();
    });
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find &previous"), this, [this] {
        if (DocumentPane *p = activePane())
            p->findPrevious();
    });
    previous->setShortcut(QKeySequence::FindPrevious);
    edit->addAction(m_links->searchAction());
    edit->addSeparator();
    QMenu *annotate = edit->addMenu(tr("&Annotate"));
    annotate->addActions(m_annotations->annotateActions());
    annotate->addSeparator();
    QAction *author = annotate->addAction(tr("Your &name on annotations…"), this, &MainWindow::askAuthorName);
    author->setObjectName(QStringLiteral("authorNameAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] {
        if (DocumentPane *p = activePane())
            p->zoomIn();
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] {
        if (DocumentPane *p = activePane())
            p->zoomOut();
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (int i = 0; i < docks.size(); ++i) {
        QAction *toggle = docks[i]->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        view->addAction(toggle);
    }
    QAction *reset = view->addAction(tr("&Reset layout"), this,
                                     [this] { DockLayout::apply(*this, this->screen()->availableGeometry().size()); });
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    view->addSeparator();
    buildThemeMenu(view);
    view->addMenu(buildLanguageMenu());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), this, [this] {
        if (DocumentPane *p = activePane())
            p->goBack();
    });
    back->setShortcut(QKeySequence::Back);
    QAction *focusLibrary = go->addAction(tr("&Library"), this, [this] { m_library->view()->setFocus(); });
    focusLibrary->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *focusOutline = go->addAction(tr("&Outline"), this, [this] { m_outline->view()->setFocus(); });
    focusOutline->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction *focusText = go->addAction(tr("&Document"), this, [this] {
        if (DocumentPane *p = activePane())
            p->setFocus();
    });
    focusText->setShortcut(QKeySequence(tr("Ctrl+D")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Diptych"), this, [this] {
        QMessageBox::about(this, tr("About Diptych"),
                           tr("<b>Diptych %1</b><p>Reads Kamerbrieven about NATO ministerial meetings "
                              "and puts an annotated agenda and its report side by side.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(compare);
    bar->addSeparator();
    bar->addAction(find);
    bar->addAction(back);
    bar->addSeparator();
    bar->addAction(zoomOut);
    bar->addAction(zoomIn);
}

QMenu *MainWindow::buildLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    auto *group = new QActionGroup(menu);
    const QString chosen = m_settings.value(QStringLiteral("language"), QStringLiteral("system")).toString();
    const QList<QPair<QString, QString>> choices = {{QStringLiteral("system"), tr("System language")},
                                                    {QStringLiteral("nl"), QStringLiteral("Nederlands")},
                                                    {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &choice : choices) {
        QAction *a = menu->addAction(choice.second);
        a->setCheckable(true);
        a->setChecked(choice.first == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.first] {
            // Queued: the window that owns this menu is replaced in the handler.
            QMetaObject::invokeMethod(
                this, [this, code] { Q_EMIT languageChangeRequested(code); }, Qt::QueuedConnection);
        });
    }
    return menu;
}

// The author of new annotations: kept in the settings, the system user until then.
void MainWindow::askAuthorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your name on annotations"),
                                               tr("Annotations you make from now on carry this name:"),
                                               QLineEdit::Normal, Annotation::defaultAuthor(), &ok);
    if (!ok)
        return;
    m_settings.setValue(QStringLiteral("annotations/author"), name.trimmed());
    Annotation::setConfiguredAuthor(name);
}

void MainWindow::buildThemeMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<Theme::Mode, QString>> choices = {
        {Theme::Mode::System, tr("&System")}, {Theme::Mode::Light, tr("&Light")}, {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &choice : choices) {
        QAction *a = menu->addAction(choice.second, this, [this, mode = choice.first] { m_theme->setMode(mode); });
        a->setCheckable(true);
        a->setChecked(choice.first == m_theme->mode());
        a->setObjectName(QStringLiteral("theme-") + Theme::modeName(choice.first));
        group->addAction(a);
    }
    QAction *white = view->addAction(tr("&Keep PDF pages white"), m_theme, &Theme::setKeepPagesWhite);
    white->setObjectName(QStringLiteral("keepPagesWhite"));
    white->setCheckable(true);
    white->setChecked(m_theme->keepPagesWhite());
    white->setToolTip(tr("In the dark theme, show PDF pages as printed instead of inverted"));
}

void MainWindow::applyThemeToPages()
{
    for (DocumentPane *pane : m_tabs->panes())
        pane->setInvertPages(m_theme->invertPages());
}

void MainWindow::buildStatusBar()
{
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::addTab(QWidget *page)
{
    m_tabs->addPage(page);
    m_center->setCurrentWidget(m_tabs);
}

void MainWindow::attach(DocumentPane *pane)
{
    pane->setInvertPages(m_theme->invertPages());
    Session::recallFile(*pane, m_settings);
    m_annotations->attach(pane);
    m_analyses.request(pane->path());
}

DocumentPane *MainWindow::openDocument(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const int open = m_tabs->indexOfDocument(absolute); open >= 0) {
        m_tabs->setCurrentIndex(open);
        return qobject_cast<DocumentPane *>(m_tabs->widget(open));
    }
    QString error;
    if (!QFileInfo(absolute).isReadable()) {
        showError(tr("Cannot open document"), unreadableMessage(absolute));
        return nullptr;
    }
    m_libraryData.add(absolute, &error);
    addToRecent(absolute);
    auto *pane = new DocumentPane(absolute, m_tabs);
    addTab(pane);
    attach(pane);
    return pane;
}

DocumentPane *MainWindow::openDocumentAt(const QString &path, int textOffset)
{
    DocumentPane *pane = openDocument(path);
    if (pane)
        pane->setPosition(textOffset);
    return pane;
}

CompareView *MainWindow::openComparison(const QString &left, const QString &right)
{
    const QString l = QFileInfo(left).absoluteFilePath();
    const QString r = QFileInfo(right).absoluteFilePath();
    for (const QString &path : {l, r}) {
        if (!QFileInfo(path).isReadable()) {
            showError(tr("Cannot compare"), unreadableMessage(path));
            return nullptr;
        }
        m_libraryData.add(path);
    }
    auto *compare = new CompareView(l, r, m_tabs);
    compare->setHandoutAction(m_print->handoutAction());
    addTab(compare);
    connect(compare, &CompareView::activePaneChanged, this, &MainWindow::setActivePane);
    attach(compare->left());
    attach(compare->right());
    return compare;
}

DocumentPane *MainWindow::activePane() const { return m_activePane; }

QTabWidget *MainWindow::tabs() const { return m_tabs; }

void MainWindow::setAnnotationModel(AnnotationModel *model) { m_annotations->setModel(model); }

void MainWindow::onCurrentTabChanged()
{
    QWidget *page = m_tabs->currentWidget();
    if (auto *compare = qobject_cast<CompareView *>(page))
        setActivePane(compare->activePane());
    else
        setActivePane(qobject_cast<DocumentPane *>(page));
    if (!page)
        m_center->setCurrentIndex(0);
}

void MainWindow::setActivePane(DocumentPane *pane)
{
    m_activePane = pane;
    m_annotations->setActivePane(pane);
    m_outline->setPane(pane);
    m_references->setPane(pane);
    m_links->setPane(pane);
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    for (DocumentPane *pane : DocumentTabs::panesIn(page))
        Session::rememberFile(*pane, m_settings);
    m_tabs->removeTab(index);
    page->deleteLater();
}

void MainWindow::onFailed(const QString &path, const QString &error)
{
    if (m_tabs->setFailed(path, error))
        showError(tr("Cannot open document"), tr("%1 cannot be opened:\n%2").arg(path, error));
}

void MainWindow::onPending(int count, const QString &current)
{
    m_progress->setVisible(count > 0);
    m_statusLabel->setText(count > 0 ? tr("Analysing %1 (%n left)…", nullptr, count).arg(current) : QString());
}

bool MainWindow::isSettled() const
{
    return m_analyses.pendingCount() == 0 && !m_links->links()->isBusy() && m_tabs->allReady();
}

// Message boxes are window-modal but never block: the program carries on behind them.
void MainWindow::showError(const QString &title, const QString &text)
{
    statusBar()->showMessage(text, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// A name decoded from bytes that are not UTF-8 cannot be opened under any name Qt can
// give it: say so, rather than that the file does not exist.
QString MainWindow::unreadableMessage(const QString &path) const
{
    if (path.contains(QChar::ReplacementCharacter) && !QFileInfo::exists(path))
        return tr("%1 cannot be opened: its name is not valid UTF-8. Rename the file and open it again.").arg(path);
    return tr("%1 cannot be opened: the file does not exist or cannot be read.").arg(path);
}

void MainWindow::openWithDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open documents"),
                                                            m_settings.value(QStringLiteral("lastFolder")).toString(),
                                                            tr("Kamerbrieven (*.pdf *.txt);;All files (*)"));
    if (!files.isEmpty())
        m_settings.setValue(QStringLiteral("lastFolder"), QFileInfo(files.first()).absolutePath());
    for (const QString &file : files)
        openDocument(file);
}

void MainWindow::watchFolderWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Watch a folder"));
    if (folder.isEmpty())
        return;
    m_libraryData.watchFolder(folder);
    m_settings.setValue(QStringLiteral("watchedFolders"), m_libraryData.watchedFolders());
}

void MainWindow::compareWithDialog()
{
    const auto selected = m_library->comparisonForSelection();
    if (!selected.first.isEmpty()) {
        openComparison(selected.first, selected.second);
        return;
    }
    const QString folder = m_settings.value(QStringLiteral("lastFolder")).toString();
    const QString filter = tr("Kamerbrieven (*.pdf *.txt);;All files (*)");
    const QString left = QFileDialog::getOpenFileName(this, tr("Agenda (left)"), folder, filter);
    if (left.isEmpty())
        return;
    const QString right = QFileDialog::getOpenFileName(this, tr("Report (right)"), folder, filter);
    if (!right.isEmpty())
        openComparison(left, right);
}

void MainWindow::addToRecent(const QString &path)
{
    QStringList recent = m_settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, kRecentCount));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDocument(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openDocument(url.toLocalFile());
    }
}

void MainWindow::saveSession() const { Session::save(*this, m_settings); }

void MainWindow::restoreSession() { Session::restoreTabs(*this, m_settings); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

} // namespace diptych
