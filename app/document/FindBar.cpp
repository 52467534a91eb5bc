#include "document/FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace diptych {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this))
{
    m_field->setPlaceholderText(tr("Find in document (accents and case ignored)"));
    m_field->setAccessibleName(tr("Find"));
    m_field->setClearButtonEnabled(true);
    m_previous->setText(QStringLiteral("\u25b2"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setText(QStringLiteral("\u25bc"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));
    m_count->setMinimumWidth(90);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::searchRequested);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::nextRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);
    m_field->installEventFilter(this);
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        Q_EMIT searchRequested(m_field->text());
}

QString FindBar::countText() const { return m_count->text(); }

void FindBar::showCount(int current, int count)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("no matches"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

void FindBar::closeBar()
{
    hide();
    Q_EMIT closed();
}

// The line edit would swallow Shift+Enter as a plain Enter.
bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT previousRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace diptych
