#include "links/LinksPanel.h"

#include "document/DocumentPane.h"
#include "library/DownloadAndOpenMenu.h"
#include "links/DocumentLinksModel.h"
#include "links/ExternalLinkPrompt.h"
#include "links/LibraryLinks.h"

#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace diptych {

LinksPanel::LinksPanel(LibraryLinks &links, QWidget *parent)
    : QWidget(parent), m_links(links), m_model(new DocumentLinksModel(&links.library(), this)),
      m_view(new QTreeView(this)), m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Links of this document"));
    m_status->setWordWrap(true);
    m_status->setMargin(6);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    connect(m_view, &QTreeView::activated, this, &LinksPanel::activate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LinksPanel::showContextMenu);
    connect(&m_links, &LibraryLinks::updated, this, &LinksPanel::rebuild);
    connect(&m_links, &LibraryLinks::busyChanged, this, &LinksPanel::updateStatus);
    rebuild();
}

void LinksPanel::setPane(DocumentPane *pane)
{
    if (m_pane)
        disconnect(m_pane, nullptr, this, nullptr);
    m_pane = pane;
    if (m_pane)
        connect(m_pane, &DocumentPane::ready, this, &LinksPanel::rebuild);
    rebuild();
}

void LinksPanel::rebuild()
{
    const AnalysisPtr current = m_pane ? m_pane->analysis() : AnalysisPtr();
    m_model->setDocument(m_links.snapshot(), m_pane ? m_pane->path() : QString(), current);
    m_view->expandAll();
    updateStatus();
}

void LinksPanel::updateStatus()
{
    QString text;
    if (!m_pane)
        text = tr("Open a letter to see how it is linked to the other letters of the library.");
    else if (m_links.isBusy())
        text = tr("Linking the library…");
    else if (m_model->rowCount() == 0)
        text = tr("No links to other letters of the library.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void LinksPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(DocumentLinksModel::IsGroupRole).toBool())
        return;
    const QString path = index.data(DocumentLinksModel::PathRole).toString();
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path, index.data(DocumentLinksModel::OffsetRole).toInt());
        return;
    }
    const QString what = index.data(DocumentLinksModel::DetailRole).toString();
    ExternalLinkPrompt::offer(this, what, index.data(DocumentLinksModel::UrlRole).toString());
}

// An outside link (no letter to open) names the Kamerstuk in its detail.
void LinksPanel::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid() || index.data(DocumentLinksModel::IsGroupRole).toBool()
        || !index.data(DocumentLinksModel::PathRole).toString().isEmpty())
        return;
    DownloadAndOpenMenu::exec(this, m_view->viewport()->mapToGlobal(at),
                              index.data(DocumentLinksModel::DetailRole).toString(),
                              [this](const QString &id) { Q_EMIT downloadRequested(id); });
}

} // namespace diptych
