#include "document/ReferencesPanel.h"

#include "document/DocumentPane.h"
#include "library/DownloadAndOpenMenu.h"
#include "library/Library.h"
#include "links/ExternalLinkPrompt.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace diptych {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

ReferencesPanel::ReferencesPanel(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_view(new QTreeWidget(this))
{
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Reference"), tr("In library")});
    m_view->setRootIsDecorated(false);
    // A citation runs long ("Kamerstukken II, 2023/2024, 31 839, nr. 1024"); in a narrow dock
    // its middle gives way, so the dossier and number it ends with stay in sight.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAccessibleName(tr("References"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QTreeWidget::itemActivated, this, &ReferencesPanel::activate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ReferencesPanel::showContextMenu);
    connect(&m_library, &Library::changed, this, &ReferencesPanel::rebuild);
}

void ReferencesPanel::setPane(DocumentPane *pane)
{
    if (m_pane)
        disconnect(m_pane, nullptr, this, nullptr);
    m_pane = pane;
    if (m_pane)
        connect(m_pane, &DocumentPane::ready, this, &ReferencesPanel::rebuild);
    rebuild();
}

void ReferencesPanel::rebuild()
{
    m_view->clear();
    const AnalysisPtr a = m_pane ? m_pane->analysis() : AnalysisPtr();
    if (!a)
        return;
    for (int i = 0; i < a->references.size(); ++i) {
        const Reference &r = a->references[i];
        const bool known = !m_library.pathForSelfId(r.id).isEmpty();
        auto *item = new QTreeWidgetItem(m_view, {r.text, known ? tr("yes") : QString()});
        item->setData(0, kIndexRole, i);
        item->setToolTip(0, r.text + QStringLiteral("\n") + r.id
                                + (r.url.isEmpty() ? QString() : QStringLiteral("\n") + r.url));
    }
}

void ReferencesPanel::activate(QTreeWidgetItem *item)
{
    const AnalysisPtr a = m_pane ? m_pane->analysis() : AnalysisPtr();
    if (!a || !item)
        return;
    const Reference &r = a->references.value(item->data(0, kIndexRole).toInt());
    const QString path = m_library.pathForSelfId(r.id);
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path);
        return;
    }
    ExternalLinkPrompt::offer(this, r.text, r.url);
}

void ReferencesPanel::showContextMenu(const QPoint &at)
{
    const AnalysisPtr a = m_pane ? m_pane->analysis() : AnalysisPtr();
    QTreeWidgetItem *item = m_view->itemAt(at);
    if (!a || !item)
        return;
    const Reference &r = a->references.value(item->data(0, kIndexRole).toInt());
    if (m_library.pathForSelfId(r.id).isEmpty())
        DownloadAndOpenMenu::exec(this, m_view->viewport()->mapToGlobal(at), r.id,
                                  [this](const QString &id) { Q_EMIT downloadRequested(id); });
}

} // namespace diptych
