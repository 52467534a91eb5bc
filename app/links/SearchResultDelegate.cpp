#include "links/SearchResultDelegate.h"

#include "links/SearchResultsModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace diptych {

namespace {

constexpr int kPadding = 4;
constexpr int kIndent = 40; // room for the tree's indentation

bool isGroup(const QModelIndex &index) { return index.data(SearchResultsModel::IsGroupRole).toBool(); }

} // namespace

SearchResultDelegate::SearchResultDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

void SearchResultDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index,
                                  int width) const
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kPadding);
    doc.setHtml(QStringLiteral("<div><b>%1</b></div><div>%2</div>")
                    .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                         index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    doc.setTextWidth(std::max(120, width));
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (isGroup(index))
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    layout(doc, option, index, m_view->viewport()->width() - kIndent);
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (isGroup(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layout(doc, option, index, option.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace diptych
