#include "annotations/AnnotationMark.h"

namespace diptych {

namespace {

// A note icon is easier to hit than its few points of quad.
constexpr double kIconSlop = 4.0;

} // namespace

QString AnnotationMark::toolTip() const
{
    QStringList lines;
    if (!note.trimmed().isEmpty())
        lines << note;
    lines += replies;
    return lines.join(QLatin1Char('\n'));
}

bool AnnotationMark::covers(int page, const QPointF &point) const
{
    const double slop = kind == AnnotationKind::PageNote ? kIconSlop : 0.0;
    for (const PageArea &area : areas) {
        if (area.page != page)
            continue;
        for (const QRectF &q : area.quads) {
            if (q.adjusted(-slop, -slop, slop, slop).contains(point))
                return true;
        }
    }
    return false;
}

} // namespace diptych
