#include "links/LinkDocks.h"

#include "document/DocumentPane.h"
#include "library/Library.h"
#include "links/LibraryLinks.h"
#include "links/LibrarySearchPanel.h"
#include "links/LinksPanel.h"
#include "links/MeetingTimeline.h"
#include "links/ThreadView.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace diptych {

LinkDocks::LinkDocks(QMainWindow *window, Library &library, AnalysisService &analyses)
    : QObject(window), m_window(window), m_links(new LibraryLinks(library, analyses, this)),
      m_panel(new LinksPanel(*m_links, window)), m_threads(new ThreadView(*m_links, window)),
      m_timeline(new MeetingTimeline(window)), m_search(new LibrarySearchPanel(library.store().databasePath(), window)),
      m_searchAction(new QAction(tr("&Search library…"), this))
{
    auto *scroll = new QScrollArea(window);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(false);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(m_timeline->sizeHint().height() + 16);

    // Where each dock goes is DockLayout's to say; here they are only made.
    addDock(m_panel, tr("Links"), QStringLiteral("linksDock"), Qt::RightDockWidgetArea);
    addDock(m_threads, tr("Threads"), QStringLiteral("threadsDock"), Qt::RightDockWidgetArea);
    addDock(scroll, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    QDockWidget *search = addDock(m_search, tr("Search library"), QStringLiteral("searchDock"), Qt::LeftDockWidgetArea);
    m_searchAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(m_searchAction, &QAction::triggered, this, [this, search] {
        search->show();
        search->raise();
        m_search->activateField();
    });
    connect(search, &QDockWidget::visibilityChanged, m_search, [this](bool visible) {
        if (visible)
            m_search->refresh(); // the index may have grown while it was hidden
    });
    connect(m_search, &LibrarySearchPanel::openRequested, this, &LinkDocks::openRequested);

    connect(m_links, &LibraryLinks::updated, this, [this] {
        m_timeline->setSnapshot(m_links->snapshot());
        m_timeline->setCurrentDocument(m_path);
    });
    connect(m_panel, &LinksPanel::openRequested, this, &LinkDocks::openRequested);
    connect(m_threads, &ThreadView::openRequested, this, &LinkDocks::openRequested);
    connect(m_timeline, &MeetingTimeline::openRequested, this, &LinkDocks::openRequested);
    connect(m_timeline, &MeetingTimeline::currentChanged, this, [scroll, this](int card) {
        if (card >= 0)
            scroll->ensureVisible(m_timeline->cardRect(card).center().x(), 0, m_timeline->cardRect(card).width(), 0);
    });
}

QDockWidget *LinkDocks::addDock(QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setAccessibleName(title);
    m_window->addDockWidget(area, dock);
    return dock;
}

void LinkDocks::setPane(DocumentPane *pane)
{
    m_panel->setPane(pane);
    m_path = pane ? pane->path() : QString();
    m_timeline->setCurrentDocument(m_path);
}

} // namespace diptych
