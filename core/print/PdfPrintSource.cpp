#include "print/PdfPrintSource.h"

#include "print/PageImages.h"
#include "source/PopplerDocument.h"

#include <QCoreApplication>
#include <QPainter>

namespace diptych {

PdfPrintSource::PdfPrintSource(const PopplerDocument &pdf, double rasterDpi) : m_pdf(pdf), m_rasterDpi(rasterDpi) {}

PdfPrintSource::PdfPrintSource(const PopplerDocument &pdf, PageImages &images)
    : m_pdf(pdf), m_rasterDpi(images.dpi()), m_images(&images)
{
}

int PdfPrintSource::pageCount() const { return m_pdf.pageCount(); }

QSizeF PdfPrintSource::pageSize(int page) const { return m_pdf.pageSize(page); }

bool PdfPrintSource::paintPage(int page, QPainter *painter) const
{
    if (m_images)
        return paintFromImages(page, painter);
    if (m_rasterDpi <= 0)
        return m_pdf.paint(page, painter);
    return paintImage(page, m_pdf.render(page, m_rasterDpi / 72.0), painter);
}

bool PdfPrintSource::paintImage(int page, const QImage &image, QPainter *painter) const
{
    if (image.isNull())
        return false;
    painter->drawImage(QRectF(QPointF(0, 0), pageSize(page)), image);
    return true;
}

bool PdfPrintSource::paintFromImages(int page, QPainter *painter) const
{
    QImage image = m_images->image(page);
    if (image.isNull() && m_renderedNow < kPagesAtOnce) {
        ++m_renderedNow;
        image = m_images->renderNow(page);
    }
    if (!image.isNull())
        return paintImage(page, image, painter);
    m_images->renderRest();
    paintPlaceholder(page, painter);
    return true;
}

// A blank sheet that says the page is coming; it lasts until the background has rendered it.
void PdfPrintSource::paintPlaceholder(int page, QPainter *painter) const
{
    const QRectF sheet(QPointF(0, 0), pageSize(page));
    painter->save();
    painter->fillRect(sheet, QColor(0xf4, 0xf4, 0xf4));
    painter->setPen(QColor(0x9a, 0x9a, 0x9a));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14); // in points: the painter works in points
    painter->setFont(font);
    painter->drawText(
        sheet, Qt::AlignCenter,
        QCoreApplication::translate("diptych::PdfPrintSource", "Page %1 is being prepared…").arg(page + 1));
    painter->restore();
}

QVector<PageArea> PdfPrintSource::areasOf(const Annotation &annotation) const
{
    // The caller placed the annotation in this PDF's analysis: its areas are PDF quads.
    return annotation.areas;
}

QVector<QRectF> PdfPrintSource::textBoxes(int page) const
{
    QVector<QRectF> boxes;
    for (const PopplerDocument::TextWord &word : m_pdf.words(page))
        boxes.append(word.box);
    return boxes;
}

} // namespace diptych
