#pragma once

#include "print/PrintSource.h"

namespace diptych {

class PageImages;
class PopplerDocument;

// A PDF's own pages, painted as vectors with their text selectable (PopplerDocument::paint).
// Annotations lie where their placed quads say.
class PdfPrintSource : public PrintSource
{
public:
    // rasterDpi > 0: pages painted as images of that resolution instead of vectors.
    explicit PdfPrintSource(const PopplerDocument &pdf, double rasterDpi = 0);
    // A print preview: pages painted from images. The first page asked for that is not
    // rendered yet is rendered at once; any later one is painted as a placeholder and
    // images starts rendering the rest in the background (it says when it has them all).
    PdfPrintSource(const PopplerDocument &pdf, PageImages &images);

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    bool paintPage(int page, QPainter *painter) const override;
    QVector<PageArea> areasOf(const Annotation &annotation) const override;
    QVector<QRectF> textBoxes(int page) const override;

    static constexpr int kPagesAtOnce = 1;

private:
    bool paintImage(int page, const QImage &image, QPainter *painter) const;
    bool paintFromImages(int page, QPainter *painter) const;
    void paintPlaceholder(int page, QPainter *painter) const;

    const PopplerDocument &m_pdf;
    double m_rasterDpi = 0;
    PageImages *m_images = nullptr;
    mutable int m_renderedNow = 0;
};

} // namespace diptych
