#include "links/LibrarySearchPanel.h"

#include "links/LibrarySearcher.h"
#include "links/SearchResultDelegate.h"
#include "links/SearchResultsModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace diptych {

LibrarySearchPanel::LibrarySearchPanel(const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_searcher(new LibrarySearcher(databasePath, this)), m_model(new SearchResultsModel(this)),
      m_field(new QLineEdit(this)), m_status(new QLabel(this)), m_view(new QTreeView(this)),
      m_debounce(new QTimer(this))
{
    m_field->setPlaceholderText(tr("Search all letters (oekraine, \"burden sharing\", defensie*)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search the library"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Search results by meeting"));
    m_status->setMargin(4);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &LibrarySearchPanel::refresh);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_searching) {
            m_debounce->stop();
            refresh(); // Enter before the answer: open the best hit when it arrives
            connect(
                this, &LibrarySearchPanel::searched, this, [this] { activate(m_model->firstHit()); },
                Qt::SingleShotConnection);
            return;
        }
        activate(m_model->firstHit());
    });
    connect(m_view, &QTreeView::activated, this, &LibrarySearchPanel::activate);
    connect(m_searcher, &LibrarySearcher::finished, this, &LibrarySearchPanel::onFinished);
}

void LibrarySearchPanel::activateField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void LibrarySearchPanel::refresh()
{
    m_debounce->stop();
    const QString query = m_field->text();
    if (query.trimmed().isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    m_searching = true;
    m_status->setText(tr("Searching…"));
    m_searcher->search(query);
}

void LibrarySearchPanel::refreshSoon()
{
    if (!m_field->text().trimmed().isEmpty() && isVisible())
        m_debounce->start();
}

void LibrarySearchPanel::onFinished(const QString &, const QVector<SearchHit> &hits, const QString &error)
{
    m_searching = false;
    m_model->setHits(hits);
    m_view->expandAll();
    if (!error.isEmpty())
        m_status->setText(tr("The search index cannot be read: %1").arg(error));
    else if (hits.isEmpty())
        m_status->setText(tr("No letter matches."));
    else
        m_status->setText(tr("%n letter(s)", nullptr, int(hits.size())));
    Q_EMIT searched(hits.size());
}

void LibrarySearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(SearchResultsModel::IsGroupRole).toBool())
        return;
    Q_EMIT openRequested(index.data(SearchResultsModel::PathRole).toString(),
                         index.data(SearchResultsModel::OffsetRole).toInt());
}

} // namespace diptych
