#pragma once

#include "annotations/Annotation.h"
#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// Turns the annotations already inside a PDF (Acrobat, Okular, a Diptych export) into ours:
// highlights, underlines, strike-outs (squiggly counts as underline) and text notes, read
// through PopplerDocument. Markup gets its quote and position from the words under its
// quads, so it can be placed again like any other annotation. Ids come from /NM when that is
// a UUID (our own export), else a stable UUID of document, page and /NM, so importing twice
// replaces rather than doubles. A markup annotation on several pages with one /NM becomes
// one annotation.
class PdfAnnotationImporter
{
public:
    static QVector<Annotation> read(const QString &pdfPath, const Analysis &analysis, const QString &documentHash,
                                    QString *error = nullptr);
};

} // namespace diptych
