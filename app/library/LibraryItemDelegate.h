#pragma once

#include <QStyledItemDelegate>

namespace diptych {

// Draws a document row as a coloured kind badge ("Agenda", "Verslag") before its title.
class LibraryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor badgeColor(int kind);
};

} // namespace diptych
