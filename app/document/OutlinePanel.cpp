#include "document/OutlinePanel.h"

#include "document/DocumentPane.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace diptych {

namespace {

QStandardItem *makeItem(const QString &text, int offset, int section)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(offset, OutlinePanel::OffsetRole);
    item->setData(section, OutlinePanel::SectionRole);
    item->setToolTip(text);
    return item;
}

QString sectionText(const Section &s)
{
    if (!s.heading.isEmpty())
        return s.heading;
    return s.label.isEmpty() ? s.title : s.label + QStringLiteral(". ") + s.title;
}

} // namespace

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(this)), m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setAccessibleName(tr("Outline"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QTreeView::clicked, this, &OutlinePanel::jump);
    connect(m_view, &QTreeView::activated, this, &OutlinePanel::jump);
}

void OutlinePanel::setPane(DocumentPane *pane)
{
    if (m_pane)
        disconnect(m_pane, nullptr, this, nullptr);
    m_pane = pane;
    if (m_pane) {
        connect(m_pane, &DocumentPane::ready, this, &OutlinePanel::rebuild);
        connect(m_pane, &DocumentPane::currentSectionChanged, this, &OutlinePanel::follow);
    }
    rebuild();
}

void OutlinePanel::rebuild()
{
    m_model->clear();
    const AnalysisPtr a = m_pane ? m_pane->analysis() : AnalysisPtr();
    if (!a)
        return;
    if (a->cover.present)
        m_model->appendRow(makeItem(tr("Cover letter"), a->cover.at.start, -1));
    if (!a->title.isEmpty()) {
        QStandardItem *title = makeItem(a->title, a->titleAt.start, -1);
        QFont f = m_view->font();
        f.setBold(true);
        title->setFont(f);
        m_model->appendRow(title);
    }
    QStandardItem *session = nullptr;
    for (int i = 0; i < a->sections.size(); ++i) {
        const Section &s = a->sections[i];
        QStandardItem *item = makeItem(sectionText(s), s.at.start, i);
        if (s.level > 1 && session)
            session->appendRow(item);
        else {
            m_model->appendRow(item);
            session = item;
        }
    }
    if (a->sections.isEmpty()) {
        QStandardItem *none = makeItem(tr("No sections found"), -1, -1);
        none->setEnabled(false);
        m_model->appendRow(none);
    }
    m_view->expandAll();
    follow(m_pane->currentSection());
}

void OutlinePanel::jump(const QModelIndex &index)
{
    if (!m_pane || !index.isValid())
        return;
    const int section = index.data(SectionRole).toInt();
    const int offset = index.data(OffsetRole).toInt();
    if (section >= 0)
        m_pane->goToSection(section);
    else if (offset >= 0)
        m_pane->goToLocation(Location{-1, {}, offset, offset});
}

void OutlinePanel::follow(int section)
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), SectionRole, section, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty() || section < 0)
        return;
    m_view->setCurrentIndex(found.first());
    m_view->scrollTo(found.first());
}

} // namespace diptych
