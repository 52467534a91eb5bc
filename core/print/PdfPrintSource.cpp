#include "print/PdfPrintSource.h"

#include "source/PopplerDocument.h"

#include <QPainter>

namespace diptych {

PdfPrintSource::PdfPrintSource(const PopplerDocument &pdf, double rasterDpi) : m_pdf(pdf), m_rasterDpi(rasterDpi) {}

int PdfPrintSource::pageCount() const { return m_pdf.pageCount(); }

QSizeF PdfPrintSource::pageSize(int page) const { return m_pdf.pageSize(page); }

bool PdfPrintSource::paintPage(int page, QPainter *painter) const
{
    if (m_rasterDpi <= 0)
        return m_pdf.paint(page, painter);
    const QImage image = m_pdf.render(page, m_rasterDpi / 72.0);
    if (image.isNull())
        return false;
    painter->drawImage(QRectF(QPointF(0, 0), pageSize(page)), image);
    return true;
}

QVector<PageArea> PdfPrintSource::areasOf(const Annotation &annotation) const
{
    // The caller placed the annotation in this PDF's analysis: its areas are PDF quads.
    return annotation.areas;
}

} // namespace diptych
