#pragma once

#include <QPainter>
#include <QSizeF>

#include <memory>

class QPagedPaintDevice;
class QPdfWriter;

namespace diptych {

// Sheets on a paged device (QPdfWriter, QPrinter): starts each sheet and hands out a painter
// that works in points with the content fitted to the paper (scaled down if needed, centred).
// With adoptPageSizes every sheet takes the size of its content, which keeps a PDF's page
// sizes in an exported copy.
class PagedOutput
{
public:
    PagedOutput(QPagedPaintDevice &device, bool adoptPageSizes);
    ~PagedOutput();

    // A PDF writer for path with Diptych as creator; A4 until a sheet says otherwise.
    static std::unique_ptr<QPdfWriter> pdfWriter(const QString &path, const QString &title);

    // The painter for the next sheet, which holds content of contentSize points; nullptr
    // when the device cannot be painted on (an unwritable file).
    QPainter *beginSheet(const QSizeF &contentSize);
    // Ends the painting; false when the device failed.
    bool finish();
    int sheets() const { return m_sheets; }
    // The area a sheet offers in points (the paper's printable area).
    QSizeF paperSize() const;

private:
    void fit(const QSizeF &contentSize);

    QPagedPaintDevice &m_device;
    bool m_adopt;
    QPainter m_painter;
    int m_sheets = 0;
    bool m_failed = false;
};

} // namespace diptych
