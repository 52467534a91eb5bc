#pragma once

#include "model/Line.h"
#include "source/PopplerDocument.h"

#include <QVector>

namespace diptych {

// Turns the positioned words of one PDF page into lines in reading order: words grouped
// by vertical overlap, superscript call numbers marked and glued to their word, paragraph
// gaps and font-size changes recorded as gapBefore. Pure geometry, no Poppler.
class PdfLineBuilder
{
public:
    static QVector<Line> build(const QVector<PopplerDocument::TextWord> &words, int page);
};

} // namespace diptych
