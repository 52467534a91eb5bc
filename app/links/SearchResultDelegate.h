#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace diptych {

// A search result as the letter's name over its snippet, the matched words in bold and the
// snippet wrapped to the view's width. Meeting rows are drawn as usual.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The result laid out for this width (its name in bold on the first line).
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    QAbstractItemView *m_view;
};

} // namespace diptych
