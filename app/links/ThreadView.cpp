#include "links/ThreadView.h"

#include "links/LibraryLinks.h"
#include "links/ThreadDelegate.h"
#include "links/ThreadModel.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace diptych {

ThreadView::ThreadView(LibraryLinks &links, QWidget *parent)
    : QWidget(parent), m_links(links), m_model(new ThreadModel(this)), m_topics(new QComboBox(this)),
      m_view(new QListView(this)), m_status(new QLabel(this))
{
    m_topics->setAccessibleName(tr("Topic"));
    m_topics->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ThreadDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setAccessibleName(tr("Passages about the topic, oldest meeting first"));
    m_status->setWordWrap(true);
    m_status->setMargin(6);
    auto *label = new QLabel(tr("&Topic:"), this);
    label->setBuddy(m_topics);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    top->addWidget(label);
    top->addWidget(m_topics, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    connect(m_topics, qOverload<int>(&QComboBox::currentIndexChanged), this, &ThreadView::showTopic);
    connect(m_view, &QListView::activated, this, &ThreadView::activate);
    connect(&m_links, &LibraryLinks::updated, this, &ThreadView::reload);
    reload();
}

// Keeps the chosen topic across recomputations of the links.
void ThreadView::reload()
{
    const QString chosen = m_model->topic();
    m_model->setSnapshot(m_links.snapshot());
    const QSignalBlocker block(m_topics);
    m_topics->clear();
    for (const QString &topic : m_model->topics())
        m_topics->addItem(tr("%1 (%n letters)", nullptr, m_model->letterCount(topic)).arg(topic), topic);
    const int row = std::max(0, m_topics->findData(chosen));
    m_topics->setCurrentIndex(m_topics->count() ? row : -1);
    showTopic(m_topics->currentIndex());
}

void ThreadView::showTopic(int row)
{
    m_model->setTopic(m_topics->itemData(row).toString());
    const bool empty = m_topics->count() == 0;
    m_status->setText(empty ? tr("No topic is followed across the letters of the library yet.") : QString());
    m_status->setVisible(empty);
}

bool ThreadView::setTopic(const QString &topic)
{
    const int row = m_topics->findData(topic);
    if (row < 0)
        return false;
    m_topics->setCurrentIndex(row);
    return true;
}

void ThreadView::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT openRequested(index.data(ThreadModel::PathRole).toString(), index.data(ThreadModel::OffsetRole).toInt());
}

// Card heights depend on the width: lay the cards out again.
void ThreadView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->doItemsLayout();
}

} // namespace diptych
