#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace diptych {

// Draws a thread entry as a small card: the meeting in bold, the letter and section in a
// quieter line, then the passage wrapped to the width of the view.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThreadDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect meeting, document, passage;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    QString subtitle(const QModelIndex &index) const;

    QAbstractItemView *m_view;
};

} // namespace diptych
