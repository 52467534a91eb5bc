#include "annotations/ReplyDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTreeView>

namespace diptych {

namespace {

constexpr int kMargin = 3; // above, below and right of the reply
constexpr int kBar = 3; // the thread bar's width
constexpr int kBarGap = 7; // from the bar to the text
constexpr int kHeaderGap = 1; // between the author line and the text

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// Between text and background: quieter than the text, still readable on light and dark.
QColor dimmed(const QPalette &palette, QPalette::ColorRole text, QPalette::ColorRole base)
{
    const QColor t = palette.color(text), b = palette.color(base);
    return QColor::fromRgbF(0.65f * t.redF() + 0.35f * b.redF(), 0.65f * t.greenF() + 0.35f * b.greenF(),
                            0.65f * t.blueF() + 0.35f * b.blueF());
}

int depthOf(QModelIndex index)
{
    int depth = 0;
    while (index.parent().isValid()) {
        index = index.parent();
        ++depth;
    }
    return depth;
}

} // namespace

ReplyDelegate::ReplyDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

bool ReplyDelegate::isReply(const QModelIndex &index) { return !index.data(ReplyIdRole).toString().isEmpty(); }

// The tree asks for a row's height before it knows the row's rectangle: the width is the
// column's, less the indentation of the row's level.
int ReplyDelegate::availableWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(option.widget)) {
        const int levels = depthOf(index) + (tree->rootIsDecorated() ? 1 : 0);
        return tree->viewport()->width() - levels * tree->indentation();
    }
    return option.rect.width();
}

int ReplyDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    return qMax(40, availableWidth(option, index) - kBar - kBarGap - kMargin);
}

QSize ReplyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isReply(index)) {
        // The tree asks with an empty rectangle, so the style would not wrap: a quote that
        // wraps when drawn would push its note out of the row.
        QStyleOptionViewItem opt = option;
        opt.rect = QRect(0, 0, availableWidth(option, index), 1);
        return QStyledItemDelegate::sizeHint(opt, index);
    }
    const QFontMetrics bold(boldOf(option.font));
    const QFontMetrics plain(option.font);
    const int width = textWidth(option, index);
    const QRect text =
        plain.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    return QSize(width + kBar + kBarGap + kMargin, kMargin + bold.height() + kHeaderGap + text.height() + kMargin);
}

void ReplyDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isReply(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QPalette palette = opt.palette;
    palette.setCurrentColorGroup(group);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QPalette::ColorRole baseRole = selected ? QPalette::Highlight : QPalette::Base;

    painter->save();
    const QRect row = opt.rect.adjusted(0, kMargin, -kMargin, -kMargin);
    QColor bar = index.data(ThreadColorRole).value<QColor>();
    if (!bar.isValid())
        bar = palette.color(QPalette::Mid);
    painter->fillRect(QRect(row.left(), row.top(), kBar, row.height()), bar);

    const QRect body = row.adjusted(kBar + kBarGap, 0, 0, 0);
    const QFont boldFont = boldOf(opt.font);
    const QFontMetrics boldMetrics(boldFont);
    const QString author = boldMetrics.elidedText(index.data(AuthorRole).toString(), Qt::ElideRight, body.width() / 2);
    painter->setFont(boldFont);
    painter->setPen(palette.color(textRole));
    painter->drawText(body.left(), body.top() + boldMetrics.ascent(), author);
    const int afterAuthor = body.left() + boldMetrics.horizontalAdvance(author);
    const QFontMetrics plain(opt.font);
    painter->setFont(opt.font);
    painter->setPen(dimmed(palette, textRole, baseRole));
    const QString date = plain.elidedText(QStringLiteral("  ") + index.data(DateRole).toString(), Qt::ElideRight,
                                          body.right() - afterAuthor);
    painter->drawText(afterAuthor, body.top() + boldMetrics.ascent(), date);

    painter->setPen(palette.color(textRole));
    const QRect textRect = body.adjusted(0, boldMetrics.height() + kHeaderGap, 0, 0);
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter->restore();
}

} // namespace diptych
