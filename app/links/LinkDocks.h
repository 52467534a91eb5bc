#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;

namespace diptych {

class AnalysisService;
class DocumentPane;
class Library;
class LibraryLinks;
class LibrarySearchPanel;
class LinksPanel;
class MeetingTimeline;
class ThreadView;

// The link views of a main window: the library's links computed in the background and the
// docks that show them ("Verwijzingen" for the active letter, topic threads, the timeline
// of meetings) and the library search. The window only passes the active pane in and opens what they ask for.
class LinkDocks : public QObject
{
    Q_OBJECT
public:
    LinkDocks(QMainWindow *window, Library &library, AnalysisService &analyses);

    void setPane(DocumentPane *pane);
    LibraryLinks *links() const { return m_links; }
    LinksPanel *linksPanel() const { return m_panel; }
    ThreadView *threadView() const { return m_threads; }
    MeetingTimeline *timeline() const { return m_timeline; }
    LibrarySearchPanel *searchPanel() const { return m_search; }
    // "Search library…" (Ctrl+Shift+F): shows the search dock with the cursor in its field.
    QAction *searchAction() const { return m_searchAction; }

Q_SIGNALS:
    // textOffset -1: at the start (or where the letter was last read).
    void openRequested(const QString &path, int textOffset);

private:
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area);

    QMainWindow *m_window;
    LibraryLinks *m_links;
    LinksPanel *m_panel;
    ThreadView *m_threads;
    MeetingTimeline *m_timeline;
    LibrarySearchPanel *m_search;
    QAction *m_searchAction;
    QString m_path; // the active letter
};

} // namespace diptych
