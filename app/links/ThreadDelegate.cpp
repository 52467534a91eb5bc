#include "links/ThreadDelegate.h"

#include "links/ThreadModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace diptych {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 3;
constexpr int kMaxPassageLines = 8;

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

} // namespace

ThreadDelegate::ThreadDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QString ThreadDelegate::subtitle(const QModelIndex &index) const
{
    const QString section = index.data(ThreadModel::SectionRole).toString();
    const QString document = index.data(ThreadModel::DocumentRole).toString();
    return section.isEmpty() ? document : document + QStringLiteral(" — ") + section;
}

// Heights follow the view's width, so a passage is wrapped, never cut at the right edge.
ThreadDelegate::Layout ThreadDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                              int width) const
{
    Layout l;
    const int inner = std::max(120, width - 2 * kMargin);
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics normal(option.font);
    int y = kMargin;
    l.meeting = QRect(kMargin, y, inner, bold.height());
    y += l.meeting.height() + kGap;
    l.document = QRect(kMargin, y, inner, small.height());
    y += l.document.height() + kGap;
    const QRect wrapped = normal.boundingRect(QRect(0, 0, inner, normal.lineSpacing() * kMaxPassageLines),
                                              Qt::TextWordWrap, index.data(ThreadModel::PassageRole).toString());
    l.passage = QRect(kMargin, y, inner, std::min(wrapped.height(), normal.lineSpacing() * kMaxPassageLines));
    l.height = y + l.passage.height() + kMargin;
    return l;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    return QSize(width, layout(option, index, width).height);
}

void ThreadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const Layout l = layout(option, index, option.rect.width());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.7);

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setPen(text);
    painter->setFont(boldFont(option.font));
    painter->drawText(
        l.meeting, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font())
            .elidedText(index.data(ThreadModel::MeetingRole).toString(), Qt::ElideRight, l.meeting.width()));
    painter->setFont(smallFont(option.font));
    painter->setPen(quiet);
    painter->drawText(l.document, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font()).elidedText(subtitle(index), Qt::ElideRight, l.document.width()));
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(l.passage, Qt::TextWordWrap, index.data(ThreadModel::PassageRole).toString());
    // A rule between cards.
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(0, option.rect.height() - 1, option.rect.width(), option.rect.height() - 1);
    painter->restore();
}

} // namespace diptych
