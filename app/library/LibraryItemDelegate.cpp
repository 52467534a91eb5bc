#include "library/LibraryItemDelegate.h"

#include "library/LibraryModel.h"

#include <QApplication>
#include <QPainter>

namespace diptych {

QColor LibraryItemDelegate::badgeColor(int kind)
{
    switch (DocumentKind(kind)) {
    case DocumentKind::Agenda: return QColor(0x2b, 0x6c, 0xb0);
    case DocumentKind::Verslag: return QColor(0x2f, 0x85, 0x5a);
    case DocumentKind::Other: break;
    }
    return QColor(0x71, 0x80, 0x96);
}

QSize LibraryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

void LibraryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(LibraryModel::IsMeetingRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.8);
    small.setBold(true);
    const QFontMetrics sfm(small);
    const QString badge = index.data(LibraryModel::BadgeRole).toString().toUpper();
    const int badgeWidth = sfm.horizontalAdvance(badge) + 12;
    const QRect r = opt.rect.adjusted(4, 0, -4, 0);
    const QRect badgeRect(r.left(), r.center().y() - sfm.height() / 2 - 2, badgeWidth, sfm.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(index.data(LibraryModel::KindRole).toInt()));
    painter->drawRoundedRect(badgeRect, 4, 4);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    const bool missing = index.data(LibraryModel::MissingRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(missing ? QPalette::Disabled : QPalette::Normal,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = r.adjusted(badgeWidth + 8, 0, 0, 0);
    const QString text = missing ? tr("%1 (file missing)").arg(title) : title;
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace diptych
