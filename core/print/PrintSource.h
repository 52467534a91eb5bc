#pragma once

#include "annotations/Annotation.h"

#include <QSizeF>
#include <QVector>

class QPainter;

namespace diptych {

// The pages an annotated copy is printed from: a PDF's own pages, or a text document laid
// out into pages. Everything in points, origin top-left of the page.
class PrintSource
{
public:
    virtual ~PrintSource() = default;

    virtual int pageCount() const = 0;
    virtual QSizeF pageSize(int page) const = 0;
    // Paints the page at the painter's origin, one unit per point.
    virtual bool paintPage(int page, QPainter *painter) const = 0;
    // Where a placed annotation lies on these pages; quads may be empty for a page note.
    virtual QVector<PageArea> areasOf(const Annotation &annotation) const = 0;
    // The boxes of the text on a page (words of a PDF, lines of a laid-out text), so marks
    // can be put beside the text rather than over it.
    virtual QVector<QRectF> textBoxes(int page) const = 0;
};

} // namespace diptych
