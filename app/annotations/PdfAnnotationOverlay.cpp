#include "annotations/PdfAnnotationOverlay.h"

#include <QPainter>
#include <QPainterPath>

namespace diptych {

namespace {

constexpr double kIconSize = 12.0; // points

void paintQuad(QPainter &painter, const AnnotationMark &mark, const QRectF &q)
{
    switch (mark.kind) {
    case AnnotationKind::Underline:
        painter.setPen(QPen(mark.color, std::max(1.0, q.height() / 14)));
        painter.drawLine(QPointF(q.left(), q.bottom() - 0.5), QPointF(q.right(), q.bottom() - 0.5));
        break;
    case AnnotationKind::StrikeOut:
        painter.setPen(QPen(mark.color, std::max(1.0, q.height() / 14)));
        painter.drawLine(QPointF(q.left(), q.center().y()), QPointF(q.right(), q.center().y()));
        break;
    default:
        painter.save();
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.fillRect(q, mark.color);
        painter.restore();
        break;
    }
}

void paintNoteIcon(QPainter &painter, const QRectF &icon, const QColor &color)
{
    QPainterPath path;
    const double fold = icon.width() / 3;
    path.moveTo(icon.topLeft());
    path.lineTo(icon.right() - fold, icon.top());
    path.lineTo(icon.right(), icon.top() + fold);
    path.lineTo(icon.bottomRight());
    path.lineTo(icon.bottomLeft());
    path.closeSubpath();
    painter.setPen(QPen(color.darker(180), 0.8));
    painter.setBrush(color);
    painter.drawPath(path);
    for (int i = 1; i <= 3; ++i) {
        const double y = icon.top() + i * icon.height() / 4.5 + 1;
        painter.drawLine(QPointF(icon.left() + 2, y), QPointF(icon.right() - 2, y));
    }
}

} // namespace

QRectF PdfAnnotationOverlay::noteIcon(const AnnotationMark &mark, int page)
{
    for (const PageArea &area : mark.areas) {
        if (area.page != page || area.quads.isEmpty())
            continue;
        const QRectF first = area.quads.first();
        if (mark.kind == AnnotationKind::PageNote)
            return QRectF(first.topLeft(), QSizeF(kIconSize, kIconSize));
        return QRectF(first.left() - kIconSize - 2, first.top(), kIconSize, kIconSize);
    }
    return QRectF();
}

void PdfAnnotationOverlay::paintPage(QPainter &painter, int page) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const AnnotationMark &mark : m_marks) {
        if (mark.kind != AnnotationKind::PageNote) {
            for (const PageArea &area : mark.areas) {
                if (area.page == page) {
                    for (const QRectF &q : area.quads)
                        paintQuad(painter, mark, q);
                }
            }
        }
        // The note sits on the first page of its passage only.
        if (mark.isNote() && !mark.areas.isEmpty() && mark.areas.first().page == page) {
            const QRectF icon = noteIcon(mark, page);
            if (!icon.isNull())
                paintNoteIcon(painter, icon, mark.color);
        }
    }
}

QString PdfAnnotationOverlay::noteAt(int page, const QPointF &point) const
{
    for (const AnnotationMark &m : m_marks) {
        if (m.covers(page, point) && !m.toolTip().isEmpty())
            return m.toolTip();
    }
    return QString();
}

} // namespace diptych
