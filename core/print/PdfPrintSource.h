#pragma once

#include "print/PrintSource.h"

namespace diptych {

class PopplerDocument;

// A PDF's own pages, painted as vectors with their text selectable (PopplerDocument::paint).
// Annotations lie where their placed quads say.
class PdfPrintSource : public PrintSource
{
public:
    // rasterDpi > 0: pages painted as images of that resolution instead of vectors.
    explicit PdfPrintSource(const PopplerDocument &pdf, double rasterDpi = 0);

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    bool paintPage(int page, QPainter *painter) const override;
    QVector<PageArea> areasOf(const Annotation &annotation) const override;

private:
    const PopplerDocument &m_pdf;
    double m_rasterDpi;
};

} // namespace diptych
