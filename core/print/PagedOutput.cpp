#include "print/PagedOutput.h"

#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace diptych {

PagedOutput::PagedOutput(QPagedPaintDevice &device, bool adoptPageSizes) : m_device(device), m_adopt(adoptPageSizes)
{
    if (m_adopt)
        m_device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

std::unique_ptr<QPdfWriter> PagedOutput::pdfWriter(const QString &path, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setCreator(QStringLiteral("Diptych"));
    writer->setTitle(title);
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    return writer;
}

PagedOutput::~PagedOutput()
{
    if (m_painter.isActive())
        m_painter.end();
}

QSizeF PagedOutput::paperSize() const { return m_device.pageLayout().paintRect(QPageLayout::Point).size(); }

QPainter *PagedOutput::beginSheet(const QSizeF &contentSize)
{
    if (m_failed)
        return nullptr;
    if (m_adopt && !contentSize.isEmpty())
        m_device.setPageSize(QPageSize(contentSize, QPageSize::Point, QString(), QPageSize::ExactMatch));
    if (m_sheets == 0) {
        if (!m_painter.begin(&m_device)) {
            m_failed = true;
            return nullptr;
        }
    } else if (!m_device.newPage()) {
        m_failed = true;
        return nullptr;
    }
    ++m_sheets;
    fit(contentSize);
    return &m_painter;
}

void PagedOutput::fit(const QSizeF &contentSize)
{
    m_painter.resetTransform();
    m_painter.setClipping(false);
    // Device units per point: 1 for a 72 dpi PDF writer, 1200/72 for a high-resolution printer.
    const double unit = m_device.logicalDpiX() / 72.0;
    const QSizeF paper = paperSize();
    double scale = 1.0;
    if (!contentSize.isEmpty())
        scale = qMin(1.0, qMin(paper.width() / contentSize.width(), paper.height() / contentSize.height()));
    const QPointF offset((paper.width() - contentSize.width() * scale) / 2,
                         (paper.height() - contentSize.height() * scale) / 2);
    m_painter.scale(unit, unit);
    m_painter.translate(qMax(0.0, offset.x()), qMax(0.0, offset.y()));
    m_painter.scale(scale, scale);
}

bool PagedOutput::finish()
{
    if (m_painter.isActive())
        return m_painter.end() && !m_failed;
    return !m_failed && m_sheets > 0;
}

} // namespace diptych
