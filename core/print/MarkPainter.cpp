#include "print/MarkPainter.h"

#include <QFont>
#include <QPainter>

namespace diptych {

namespace {

QColor markerColor(const QColor &color)
{
    // Pale highlight colours (yellow) would leave a white number unreadable: darken them.
    return qGray(color.rgb()) > 150 ? color.darker(170) : color;
}

} // namespace

void MarkPainter::paint(QPainter *painter, const PrintMark &mark) const
{
    const QColor color = mark.color.isValid() ? mark.color : Annotation::defaultColor(mark.kind);
    for (const QRectF &quad : mark.quads) {
        switch (mark.kind) {
        case AnnotationKind::Underline: paintLine(painter, quad, color, 0.95); break;
        case AnnotationKind::StrikeOut: paintLine(painter, quad, color, 0.55); break;
        case AnnotationKind::PageNote: break; // the marker is all there is
        default: paintHighlight(painter, quad, color);
        }
    }
    if (mark.number > 0)
        paintMarker(painter, mark.marker, mark.number, color);
}

void MarkPainter::paintHighlight(QPainter *painter, const QRectF &quad, const QColor &color) const
{
    painter->save();
    QColor fill = color;
    fill.setAlpha(m_greyscale ? kHighlightAlpha / 2 : kHighlightAlpha);
    painter->fillRect(quad, fill);
    if (m_greyscale) {
        QColor ink = color.darker(220);
        ink.setAlpha(150);
        QBrush hatch(ink, Qt::BDiagPattern);
        // Brush patterns are drawn in device pixels; scale them to a few points per line.
        hatch.setTransform(QTransform::fromScale(0.5, 0.5));
        painter->fillRect(quad, hatch);
        painter->setPen(QPen(ink, 0.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(quad);
    }
    painter->restore();
}

void MarkPainter::paintLine(QPainter *painter, const QRectF &quad, const QColor &color, double at)
{
    painter->save();
    const double y = quad.top() + quad.height() * at;
    painter->setPen(QPen(color, qMax(0.8, quad.height() * 0.08)));
    painter->drawLine(QPointF(quad.left(), y), QPointF(quad.right(), y));
    painter->restore();
}

void MarkPainter::paintMarker(QPainter *painter, const QPointF &centre, int number, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(markerColor(color));
    const double r = number >= 10 ? kMarkerRadius * 1.3 : kMarkerRadius;
    painter->drawEllipse(centre, r, kMarkerRadius);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(7);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre.x() - r, centre.y() - kMarkerRadius, 2 * r, 2 * kMarkerRadius), Qt::AlignCenter,
                      QString::number(number));
    painter->restore();
}

} // namespace diptych
