#pragma once

#include "print/PrintMark.h"

class QPainter;

namespace diptych {

// Draws annotations on a printed page: a tinted box for a highlight, a line under or through
// the text, and a numbered disc for a note. In greyscale mode a highlight is also hatched
// and outlined, so it stays visible when the tint prints as a pale grey.
class MarkPainter
{
public:
    explicit MarkPainter(bool greyscale) : m_greyscale(greyscale) {}

    void paint(QPainter *painter, const PrintMark &mark) const;
    // The numbered disc alone, centred on centre; also used in the margin and the appendix.
    static void paintMarker(QPainter *painter, const QPointF &centre, int number, const QColor &color);

    static constexpr double kMarkerRadius = 5.5;
    static constexpr int kHighlightAlpha = 110;

private:
    void paintHighlight(QPainter *painter, const QRectF &quad, const QColor &color) const;
    static void paintLine(QPainter *painter, const QRectF &quad, const QColor &color, double at);

    bool m_greyscale;
};

} // namespace diptych
