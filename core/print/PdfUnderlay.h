#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

namespace diptych {

// Puts pages of the original PDF under the sheets of a PDF we painted (marks, margin notes,
// appendix), each page fitted into a rectangle of its sheet. The original page goes in
// untouched as a form XObject: its fonts, vectors and text stay as they were, so the
// copy is as sharp, as small and as searchable as the original, and it is written in a
// fraction of the time that repainting every glyph would take. PdfEditor does the placing;
// this class turns the printer's placements into it. The copy is written whole or not at all.
class PdfUnderlay
{
public:
    struct Placement {
        int sheet = 0; // 0-based page of the painted PDF
        int sourcePage = 0; // 0-based page of the original
        QRectF rect; // where on the sheet, points, origin top-left
    };

    // False with a plain-words reason when a file cannot be read or written.
    static bool apply(const QString &original, const QString &painted, const QVector<Placement> &placements,
                      const QString &out, QString *error = nullptr);
};

} // namespace diptych
