#include "library/CitedKamerstukDownload.h"

#include "document/FootnotePopup.h"
#include "document/ReferencesPanel.h"
#include "library/FetchService.h"
#include "links/LinksPanel.h"
#include "shell/MainWindow.h"

#include <QMessageBox>
#include <QStatusBar>

namespace diptych {

CitedKamerstukDownload::CitedKamerstukDownload(MainWindow *window, FetchService &service, Library &library)
    : QObject(window), m_window(window), m_service(service)
{
    auto *popup = new FootnotePopup(library, window);
    connect(popup, &FootnotePopup::downloadRequested, this, &CitedKamerstukDownload::download);
    connect(popup, &FootnotePopup::openRequested, window,
            [window](const QString &path) { window->openDocument(path); });
    if (auto *references = window->findChild<ReferencesPanel *>())
        connect(references, &ReferencesPanel::downloadRequested, this, &CitedKamerstukDownload::download);
    if (auto *links = window->findChild<LinksPanel *>())
        connect(links, &LinksPanel::downloadRequested, this, &CitedKamerstukDownload::download);
    connect(&service, &FetchService::documentAdded, this, &CitedKamerstukDownload::onAdded);
    connect(&service, &FetchService::finished, this,
            [this](int added, int known, const QStringList &failures) { onFinished(added, known, failures); });
}

void CitedKamerstukDownload::download(const QString &officialId)
{
    if (!m_service.fetchId(officialId)) {
        m_window->statusBar()->showMessage(tr("Already fetching letters"), 5000);
        return;
    }
    m_pending = officialId;
    m_window->statusBar()->showMessage(tr("Downloading %1…").arg(officialId));
}

void CitedKamerstukDownload::onAdded(const QString &path, const QString &officialId)
{
    if (officialId != m_pending)
        return;
    m_pending.clear();
    m_window->statusBar()->clearMessage();
    m_window->openDocument(path);
}

void CitedKamerstukDownload::onFinished(int added, int known, const QStringList &failures)
{
    if (m_pending.isEmpty())
        return;
    const QString id = m_pending;
    m_pending.clear();
    m_window->statusBar()->clearMessage();
    if (added == 0 && known == 0)
        QMessageBox::warning(m_window, tr("Download and open"),
                             tr("%1 could not be downloaded:\n%2").arg(id, failures.join(QLatin1Char('\n'))));
}

} // namespace diptych
