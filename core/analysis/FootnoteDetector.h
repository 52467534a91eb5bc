#pragma once

#include "analysis/Block.h"
#include "model/SourceDocument.h"

#include <QVector>

namespace diptych {

// A footnote as found on the page: its number and its lines (which may continue on the
// next page). Text and positions are assembled later, with the reading text.
struct FootnoteDraft {
    int number = 0;
    QVector<LineRef> lines;
};

// Finds the footnotes at the bottom of each page (numbered consecutively through the
// document, smaller type when the source tells) and their call marks in the body
// ("gestand gedaan1.", "geleverd.1"). Marks note lines LineRole::Footnote and records
// Line::calls on the body lines.
class FootnoteDetector
{
public:
    static QVector<FootnoteDraft> run(SourceDocument &doc);
};

} // namespace diptych
