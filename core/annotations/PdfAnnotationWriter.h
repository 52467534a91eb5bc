#pragma once

#include "annotations/Annotation.h"

#include <QString>
#include <QVector>

namespace diptych {

// Writes a copy of a PDF with our annotations as standard PDF annotations that other
// viewers show: Highlight / Underline / StrikeOut with /QuadPoints, Text for page notes,
// each with /Contents, /T (author), /NM (our id), /M and /CreationDate, /C and an appearance
// stream (/AP /N) of its own: Poppler 22.12 writes none, and without one browsers and
// some viewers draw nothing. A highlight's appearance multiplies its colour onto the page
// (transparency group, blend mode Multiply) so the text stays readable.
//
// What each annotation looks like is decided here; PdfEditor puts it into the file.
// Annotations without quads on a page (text documents) are left out and counted. Pages are
// assumed unrotated (/Rotate is not applied to the quads).
class PdfAnnotationWriter
{
public:
    struct Result {
        bool ok = false;
        int written = 0; // PDF annotations written (one per annotation and page)
        int skipped = 0; // annotations with nothing to draw on a page
        QString error;
    };

    // inPath and outPath must differ; outPath is written whole or not at all. Annotations
    // already in the file with the same /NM are replaced, so exporting twice does not double.
    static Result write(const QString &inPath, const QString &outPath, const QVector<Annotation> &annotations);

    // "D:20240531120000Z": a PDF date (ISO 32000 7.9.4) in UTC.
    static QString pdfDate(const QDateTime &time);
};

} // namespace diptych
