#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace diptych {

class Library;
class LibraryIndexService;

// What a main window shows of the library index: Library › Rebuild index, and indexing
// progress in its status bar. Lives as long as the window (its child).
class LibraryIndexActions : public QObject
{
    Q_OBJECT
public:
    LibraryIndexActions(QMainWindow *window, LibraryIndexService &service, Library &library);

    QAction *rebuildAction() const { return m_rebuild; }

private:
    void addMenu();
    void showProgress(int done, int total);
    void showFinished(int indexed, int skipped, int failed);

    QMainWindow *m_window;
    LibraryIndexService &m_service;
    Library &m_library;
    QAction *m_rebuild;
};

} // namespace diptych
