#include "print/TextPages.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>

#include <cmath>

namespace diptych {

namespace {

// QTextDocument sizes fonts for its layout device; a 72 dpi image makes one unit one point.
QPaintDevice *pointDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(72.0 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

} // namespace

std::unique_ptr<QTextDocument> TextPages::newDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(pointDevice());
    doc->setUndoRedoEnabled(false);
    return doc;
}

TextPages::TextPages(std::unique_ptr<QTextDocument> document, const QSizeF &pageSize, double margin)
    : m_doc(std::move(document)), m_pageSize(pageSize)
{
    QTextFrameFormat frame = m_doc->rootFrame()->frameFormat();
    frame.setMargin(margin);
    m_doc->rootFrame()->setFrameFormat(frame);
    m_doc->setPageSize(pageSize);
    // No shaping, so no ligatures: "fi" is copied and found as two letters
    // instead of U+FB01.
    QFont font = m_doc->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_doc->setDefaultFont(font);
}

int TextPages::pageCount() const { return qMax(1, m_doc->pageCount()); }

void TextPages::paint(int page, QPainter *painter) const
{
    const double top = page * m_pageSize.height();
    painter->save();
    painter->translate(0, -top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, top), m_pageSize);
    painter->setClipRect(context.clip);
    m_doc->documentLayout()->draw(painter, context);
    painter->restore();
}

QVector<QRectF> TextPages::lineRects(int start, int end) const
{
    QVector<QRectF> rects;
    for (QTextBlock block = m_doc->findBlock(start); block.isValid() && block.position() < end; block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = m_doc->documentLayout()->blockBoundingRect(block).topLeft();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int from = qMax(start, block.position() + line.textStart());
            const int to = qMin(end, block.position() + line.textStart() + line.textLength());
            if (from >= to)
                continue;
            const double x1 = line.cursorToX(from - block.position());
            const double x2 = line.cursorToX(to - block.position());
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()));
        }
    }
    return rects;
}

QVector<PageArea> TextPages::areasFor(int start, int end) const
{
    QVector<PageArea> areas;
    for (QRectF rect : lineRects(start, end)) {
        const int page = int(std::floor(rect.center().y() / m_pageSize.height()));
        rect.translate(0, -page * m_pageSize.height());
        if (areas.isEmpty() || areas.last().page != page)
            areas.append(PageArea{page, {}});
        areas.last().quads.append(rect);
    }
    return areas;
}

QVector<QRectF> TextPages::pageLines(int page) const
{
    // The positions at the page's top and bottom edges (a line across an edge belongs to the
    // page that holds its centre, as in areasFor).
    const QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const double top = page * m_pageSize.height();
    const int start = qMax(0, layout->hitTest(QPointF(0, top), Qt::FuzzyHit) - 1);
    const int end = layout->hitTest(QPointF(m_pageSize.width(), top + m_pageSize.height()), Qt::FuzzyHit) + 2;
    for (const PageArea &area : areasFor(start, qMin(end, m_doc->characterCount())))
        if (area.page == page)
            return area.quads;
    return {};
}

} // namespace diptych
