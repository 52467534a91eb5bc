#include "library/LibraryIndexActions.h"

#include "library/Library.h"
#include "library/LibraryIndexService.h"
#include "library/LibraryMenu.h"

#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace diptych {

LibraryIndexActions::LibraryIndexActions(QMainWindow *window, LibraryIndexService &service, Library &library)
    : QObject(window), m_window(window), m_service(service), m_library(library),
      m_rebuild(new QAction(tr("Rebuild search &index"), this))
{
    m_rebuild->setObjectName(QStringLiteral("rebuildIndexAction"));
    m_rebuild->setStatusTip(tr("Analyse every letter of the library again and rebuild the search index"));
    m_rebuild->setEnabled(!service.isBusy());
    connect(m_rebuild, &QAction::triggered, this, [this] { m_service.rebuild(m_library.existingFiles()); });
    connect(&service, &LibraryIndexService::busyChanged, m_rebuild,
            [this](bool busy) { m_rebuild->setEnabled(!busy); });
    connect(&service, &LibraryIndexService::progress, this, &LibraryIndexActions::showProgress);
    connect(&service, &LibraryIndexService::finished, this, &LibraryIndexActions::showFinished);
    connect(&service, &LibraryIndexService::failed, this, [this](const QString &error) {
        m_window->statusBar()->showMessage(tr("Search index: %1").arg(error), 10000);
    });
    addMenu();
}

void LibraryIndexActions::addMenu() { LibraryMenu::of(m_window)->addAction(m_rebuild); }

void LibraryIndexActions::showProgress(int done, int total)
{
    if (total > 0 && done < total)
        m_window->statusBar()->showMessage(tr("Indexing the library: %1 of %2 letters").arg(done).arg(total));
}

void LibraryIndexActions::showFinished(int indexed, int skipped, int failed)
{
    QString text = tr("Search index up to date: %n letter(s) indexed", nullptr, indexed);
    if (skipped > 0)
        text += tr(", %n unchanged", nullptr, skipped);
    if (failed > 0)
        text += tr(", %n could not be read", nullptr, failed);
    m_window->statusBar()->showMessage(text, 8000);
}

} // namespace diptych
