#pragma once

#include "annotations/Annotation.h"
#include "model/Analysis.h"

#include <QRectF>
#include <QVector>

namespace diptych {

// Turns ranges of the reading text into boxes on the PDF page and back, through
// Analysis::spans (which line a piece of text came from) and the words of those lines
// (Analysis::source). A character inside a word gets an equal share of the word's width:
// exact enough for highlighting, and independent of fonts.
class TextGeometry
{
public:
    explicit TextGeometry(const Analysis &analysis);

    // The pages [start, end) lies on; for a PDF one quad per line, cut at the first and
    // last character. Empty when the range is outside the reading text.
    QVector<PageArea> areasFor(int start, int end) const;

    // The reading-text range whose characters have their centre inside one of the quads on
    // page (PDF points, origin top-left); an invalid selector when none do.
    TextPositionSelector rangeFor(int page, const QVector<QRectF> &quads) const;

    // Each character of the span's text with its box; null boxes for spaces and when the
    // source line has no words (text documents).
    QVector<QRectF> characterBoxes(const TextSpan &span) const;

private:
    const Line *lineOf(const TextSpan &span) const;

    const Analysis &m_analysis;
};

} // namespace diptych
