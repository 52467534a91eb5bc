#include "library/LibraryPanel.h"

#include "library/Library.h"
#include "library/LibraryItemDelegate.h"
#include "library/LibraryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace diptych {

LibraryPanel::LibraryPanel(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_model(new LibraryModel(this)), m_view(new QTreeView(this)),
      m_compareButton(new QToolButton(this)), m_removeButton(new QToolButton(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LibraryItemDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Library"));
    m_view->setAnimated(true);

    auto *add = new QToolButton(this);
    add->setText(tr("Add…"));
    add->setToolTip(tr("Add documents to the library"));
    m_compareButton->setText(tr("Compare"));
    m_compareButton->setToolTip(tr("Put the agenda and the report of the selected meeting side by side, "
                                   "or any two selected documents"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected documents from the library (the files stay)"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 4, 4, 0);
    buttons->addWidget(add);
    buttons->addWidget(m_compareButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(add, &QToolButton::clicked, this, &LibraryPanel::addRequested);
    connect(m_compareButton, &QToolButton::clicked, this, &LibraryPanel::compareSelection);
    connect(m_removeButton, &QToolButton::clicked, this, &LibraryPanel::removeSelection);
    connect(m_view, &QTreeView::activated, this, &LibraryPanel::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::updateButtons);
    connect(&m_library, &Library::changed, this, &LibraryPanel::reload);
    reload();
}

void LibraryPanel::reload()
{
    const QString current = m_view->currentIndex().data(LibraryModel::PathRole).toString();
    m_model->setEntries(m_library.entries());
    m_view->expandAll();
    if (!current.isEmpty())
        m_view->setCurrentIndex(m_model->indexForPath(current));
    updateButtons();
}

void LibraryPanel::activate(const QModelIndex &index)
{
    if (index.data(LibraryModel::IsMeetingRole).toBool()) {
        const auto pair = m_model->agendaAndVerslag(index);
        if (!pair.first.isEmpty() && !pair.second.isEmpty())
            Q_EMIT compareRequested(pair.first, pair.second);
        else
            m_view->setExpanded(index, !m_view->isExpanded(index));
        return;
    }
    Q_EMIT openRequested(index.data(LibraryModel::PathRole).toString());
}

QPair<QString, QString> LibraryPanel::comparisonForSelection() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == 1 && rows.first().data(LibraryModel::IsMeetingRole).toBool()) {
        const auto pair = m_model->agendaAndVerslag(rows.first());
        if (!pair.first.isEmpty() && !pair.second.isEmpty())
            return pair;
    }
    QStringList documents;
    for (const QModelIndex &row : rows) {
        if (!row.data(LibraryModel::IsMeetingRole).toBool())
            documents << row.data(LibraryModel::PathRole).toString();
    }
    if (documents.size() != 2)
        return {};
    // An agenda belongs on the left whichever was selected first.
    const QModelIndex second = m_model->indexForPath(documents[1]);
    if (second.data(LibraryModel::KindRole).toInt() == int(DocumentKind::Agenda))
        std::swap(documents[0], documents[1]);
    return {documents[0], documents[1]};
}

void LibraryPanel::compareSelection()
{
    const auto pair = comparisonForSelection();
    if (!pair.first.isEmpty())
        Q_EMIT compareRequested(pair.first, pair.second);
}

void LibraryPanel::removeSelection()
{
    QStringList hashes;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        // A letter row goes with all its files; a file row alone.
        QStringList paths = row.data(LibraryModel::FilesRole).toStringList();
        if (paths.isEmpty())
            paths << row.data(LibraryModel::PathRole).toString();
        for (const QString &path : paths) {
            if (const auto entry = m_library.byPath(path))
                hashes << entry->hash;
        }
    }
    for (const QString &hash : hashes)
        m_library.remove(hash);
}

void LibraryPanel::updateButtons()
{
    m_compareButton->setEnabled(!comparisonForSelection().first.isEmpty());
    bool anyDocument = false;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        anyDocument = anyDocument || !row.data(LibraryModel::IsMeetingRole).toBool();
    m_removeButton->setEnabled(anyDocument);
}

void LibraryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (!index.data(LibraryModel::IsMeetingRole).toBool())
        menu.addAction(tr("Open"), this, [this, index] { activate(index); });
    QAction *compare = menu.addAction(tr("Compare"), this, &LibraryPanel::compareSelection);
    compare->setEnabled(!comparisonForSelection().first.isEmpty());
    if (index.data(LibraryModel::IsMeetingRole).toBool())
        menu.addAction(tr("Export notes of this meeting…"), this,
                       [this, index] { Q_EMIT exportNotesRequested(documentsOf(index), true); });
    else
        menu.addAction(tr("Export notes…"), this, [this, index] {
            Q_EMIT exportNotesRequested({index.data(LibraryModel::PathRole).toString()}, false);
        });
    menu.addSeparator();
    menu.addAction(tr("Remove from library"), this, &LibraryPanel::removeSelection);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QStringList LibraryPanel::documentsOf(const QModelIndex &meeting) const
{
    QStringList paths;
    for (int row = 0; row < m_model->rowCount(meeting); ++row)
        paths << m_model->index(row, 0, meeting).data(LibraryModel::PathRole).toString();
    return paths;
}

} // namespace diptych
