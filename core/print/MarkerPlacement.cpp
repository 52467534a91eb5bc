#include "print/MarkerPlacement.h"

#include "print/MarkPainter.h"

namespace diptych {

namespace {

constexpr double kGap = 2.0; // between the marker and the nearest word

// The text boxes that share the quad's line: they overlap its middle third vertically.
QRectF lineExtent(const QRectF &quad, const QVector<QRectF> &text)
{
    const double top = quad.top() + quad.height() / 3;
    const double bottom = quad.bottom() - quad.height() / 3;
    QRectF extent = quad;
    for (const QRectF &box : text)
        if (box.bottom() > top && box.top() < bottom)
            extent = extent.united(box);
    return extent;
}

bool isFree(const QRectF &area, const QVector<QRectF> &text, const QSizeF &page)
{
    if (!QRectF(QPointF(0, 0), page).contains(area))
        return false;
    for (const QRectF &box : text)
        if (box.intersects(area))
            return false;
    return true;
}

} // namespace

QRectF MarkerPlacement::footprint(const QPointF &centre)
{
    // Two-digit numbers widen the circle (MarkPainter::paintMarker).
    const double rx = MarkPainter::kMarkerRadius * 1.3 + 0.5;
    const double ry = MarkPainter::kMarkerRadius + 0.5;
    return QRectF(centre.x() - rx, centre.y() - ry, 2 * rx, 2 * ry);
}

QPointF MarkerPlacement::beside(const QRectF &firstQuad, const QVector<QRectF> &text, const QSizeF &page)
{
    const QRectF line = lineExtent(firstQuad, text);
    const double halfWidth = footprint({}).width() / 2;
    const double y = firstQuad.center().y();
    for (const QPointF candidate :
         {QPointF(line.left() - kGap - halfWidth, y), QPointF(line.right() + kGap + halfWidth, y)})
        if (isFree(footprint(candidate), text, page))
            return candidate;
    // At the start of the passage, raised like a footnote call.
    return QPointF(firstQuad.left() - 1.0, firstQuad.top() - 1.5);
}

} // namespace diptych
