#pragma once

#include "print/PrintMark.h"

#include <QSizeF>
#include <QVector>

class QPainter;

namespace diptych {

// The notes of a page written in a column to its right, the page itself scaled down to
// kPageScale to make room. Each note starts level with its marker, or just below the note
// before it; a thin line joins marker and note. What does not fit above the page foot comes
// back, for the appendix.
class MarginNotes
{
public:
    static constexpr double kPageScale = 0.72;
    static constexpr int kFontSize = 8;

    // sheet: the page size in points; notes with markers in page coordinates.
    static QVector<PrintedNote> paint(QPainter *painter, const QSizeF &sheet, const QVector<PrintedNote> &notes);
};

} // namespace diptych
