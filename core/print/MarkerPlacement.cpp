#include "print/MarkerPlacement.h"

#include "print/MarkPainter.h"

#include <array>

namespace diptych {

namespace {

constexpr double kGap = 2.0; // between the marker and the nearest word

// The text beside which the marker would stand: every box that reaches into the band the
// marker covers vertically. The marker is taller than a line of small type, so the lines
// above and below count too, or it would touch a longer neighbour.
QRectF bandExtent(const QRectF &quad, const QRectF &band, const QVector<QRectF> &text)
{
    QRectF extent = quad;
    for (const QRectF &box : text)
        if (box.bottom() > band.top() && box.top() < band.bottom())
            extent = extent.united(box);
    return extent;
}

bool isFree(const QRectF &area, const QVector<QRectF> &text, const QSizeF &page)
{
    if (!QRectF(QPointF(0, 0), page).contains(area))
        return false;
    const QRectF withAir = area.adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
    for (const QRectF &box : text)
        if (box.intersects(withAir))
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

QPointF MarkerPlacement::beside(const QRectF &firstQuad, const QVector<QRectF> &text, const QSizeF &page,
                                Side preferred)
{
    const double y = firstQuad.center().y();
    const QRectF band = footprint(QPointF(firstQuad.center().x(), y)).adjusted(0, -kGap, 0, kGap);
    const QRectF line = bandExtent(firstQuad, band, text);
    const double halfWidth = band.width() / 2;
    const QPointF before(line.left() - kGap - halfWidth, y);
    const QPointF after(line.right() + kGap + halfWidth, y);
    for (const QPointF candidate : preferred == Side::After ? std::array{after, before} : std::array{before, after})
        if (isFree(footprint(candidate), text, page))
            return candidate;
    // At the start of the passage, raised like a footnote call.
    return QPointF(firstQuad.left() - 1.0, firstQuad.top() - 1.5);
}

} // namespace diptych
