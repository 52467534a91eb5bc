#pragma once

#include <QStyledItemDelegate>

namespace diptych {

// Draws a reply row of the annotations dock as a thread entry: a thin bar in the answered
// annotation's colour, the author in bold and the date dimmed on one line, the text wrapped
// under it. Colours come from the view's palette, so the light and the dark theme both read.
// Every other row is drawn as usual, at a height for the width it really has (wrapped).
class ReplyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The roles of a reply row (set by the panel): the id marks a row as a reply.
    enum Role { ReplyIdRole = Qt::UserRole + 20, AuthorRole, DateRole, ThreadColorRole };

    explicit ReplyDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static bool isReply(const QModelIndex &index);

private:
    static int availableWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
    // The width of a reply's text (the bar and margins left out).
    static int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace diptych
