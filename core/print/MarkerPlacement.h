#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace diptych {

// Where the numbered marker of a printed note stands: level with the line where the passage
// starts, in the free space beside that line, so it never covers a word; the highlight shows
// the passage, the marker only its number. It takes the side toward the note (after the line
// when notes stand in the right margin, so their connecting line crosses no text; before it
// for an appendix), else the other. Only when neither side has room (a line from edge to
// edge) does it stand raised at the passage start.
class MarkerPlacement
{
public:
    enum class Side { Before, After };

    // firstQuad: the passage's first line box; text: the boxes of the words (or lines) on
    // the page; all in points, origin top-left. Returns the marker's centre.
    static QPointF beside(const QRectF &firstQuad, const QVector<QRectF> &text, const QSizeF &page, Side preferred);

    // The box the marker covers around its centre (MarkPainter's circle, with a little air).
    static QRectF footprint(const QPointF &centre);
};

} // namespace diptych
