#pragma once

#include "model/Analysis.h"
#include "print/PrintSource.h"
#include "print/TextPages.h"

namespace diptych {

// A text document printed from its clean reading text: paragraphs as in Analysis::text,
// the title and section headings set in bold, laid out on pages of the given size. A
// position in the reading text is the same position in the laid-out document, so an
// annotation's reading-text range gives its boxes directly.
class TextPrintSource : public PrintSource
{
public:
    TextPrintSource(const Analysis &analysis, const QSizeF &pageSize);

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    bool paintPage(int page, QPainter *painter) const override;
    QVector<PageArea> areasOf(const Annotation &annotation) const override;
    QVector<QRectF> textBoxes(int page) const override;

    static constexpr double kMargin = 56.0;
    static constexpr double kBodySize = 10.5;

private:
    static std::unique_ptr<QTextDocument> build(const Analysis &analysis);
    QVector<PageArea> pageNoteArea(int sourcePage) const;

    const Analysis &m_analysis;
    TextPages m_pages;
};

} // namespace diptych
