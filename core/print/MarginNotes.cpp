#include "print/MarginNotes.h"

#include "print/MarkPainter.h"

#include <QPainter>

namespace diptych {

QVector<PrintedNote> MarginNotes::paint(QPainter *painter, const QSizeF &sheet, const QVector<PrintedNote> &notes)
{
    const double left = sheet.width() * kPageScale + 10;
    const double width = sheet.width() - left - 14;
    const double bottom = sheet.height() - 18;
    QFont font(QStringLiteral("DejaVu Sans"));
    // Pixel size: the painter works in points whatever the device's resolution.
    font.setPixelSize(kFontSize);

    QVector<PrintedNote> overflow;
    double y = 18;
    painter->save();
    painter->setFont(font);
    for (const PrintedNote &note : notes) {
        const QPointF marker = note.marker * kPageScale;
        const QRectF textBox(left + 2 * MarkPainter::kMarkerRadius + 3, qMax(y, marker.y() - 5),
                             width - 2 * MarkPainter::kMarkerRadius - 3, 10000);
        const QRectF needed = painter->boundingRect(textBox, Qt::TextWordWrap, note.note);
        if (needed.bottom() > bottom) {
            overflow.append(note);
            continue;
        }
        const QColor color = note.color.isValid() ? note.color : QColor(Qt::darkGray);
        QColor line = color;
        line.setAlpha(140);
        painter->setPen(QPen(line, 0.5, Qt::DotLine));
        painter->drawLine(marker, QPointF(left, needed.top() + MarkPainter::kMarkerRadius));
        MarkPainter::paintMarker(painter,
                                 QPointF(left + MarkPainter::kMarkerRadius, needed.top() + MarkPainter::kMarkerRadius),
                                 note.number, color);
        painter->setPen(Qt::black);
        painter->drawText(textBox, Qt::TextWordWrap, note.note);
        y = needed.bottom() + 6;
    }
    painter->restore();
    return overflow;
}

} // namespace diptych
