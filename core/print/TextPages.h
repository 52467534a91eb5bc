#pragma once

#include "annotations/Annotation.h"

#include <QSizeF>
#include <QTextDocument>
#include <QVector>

#include <memory>

class QPainter;

namespace diptych {

// A QTextDocument cut into pages of a given size, laid out in points (a 72 dpi layout
// device), so it paints one-to-one onto a painter that works in points. Shared by the text
// documents, the notes appendix and the comparison handout.
class TextPages
{
public:
    // pageSize and margin in points; the document is taken over.
    TextPages(std::unique_ptr<QTextDocument> document, const QSizeF &pageSize, double margin);

    QTextDocument *document() const { return m_doc.get(); }
    int pageCount() const;
    QSizeF pageSize() const { return m_pageSize; }
    // Paints page (0-based) at the painter's origin.
    void paint(int page, QPainter *painter) const;
    // The line boxes of the document positions [start, end), grouped by page.
    QVector<PageArea> areasFor(int start, int end) const;
    // The line boxes of one page: the document positions of that page only are walked.
    QVector<QRectF> pageLines(int page) const;

    // A document whose fonts are measured in points (72 dpi) rather than screen pixels.
    static std::unique_ptr<QTextDocument> newDocument();

private:
    QVector<QRectF> lineRects(int start, int end) const;

    std::unique_ptr<QTextDocument> m_doc;
    QSizeF m_pageSize;
};

} // namespace diptych
