#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

namespace diptych {

// One word as the PDF places it. Text sources have no geometry (box is null).
struct Word {
    QString text;
    QRectF box; // page coordinates in points, origin top-left
    bool raised = false; // set smaller and above the baseline: a superscript (footnote call)
};

// What a line turned out to be; set by the analysis steps, Body until then.
enum class LineRole { Body, Furniture, Footnote, Cover };

// A footnote call found inside a line: characters [offset, offset+length) of
// Line::text are the call mark ("1" in "gedaan1.") and stay out of the reading text.
struct CallMark {
    int offset = 0;
    int length = 0;
    int number = 0;
};

// A line of text on a page: the unit every analysis step works on.
struct Line {
    QString text; // trimmed, never empty
    int page = 0; // 0-based page index
    QRectF box; // PDF only; null for text sources
    double fontSize = 0; // estimated glyph height in points; 0 when unknown
    bool gapBefore = false; // a paragraph break (blank line, vertical gap) precedes it
    QVector<Word> words; // PDF only
    LineRole role = LineRole::Body;
    QVector<CallMark> calls; // footnote call marks, set by the footnote step
};

} // namespace diptych
