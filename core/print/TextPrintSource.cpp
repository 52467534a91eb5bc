#include "print/TextPrintSource.h"

#include <QTextBlock>
#include <QTextCursor>

namespace diptych {

namespace {

void embolden(QTextDocument *doc, int start, int end, double size)
{
    if (start < 0 || end <= start || end > doc->characterCount())
        return;
    QTextCursor cursor(doc);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(size);
    cursor.mergeCharFormat(format);
}

} // namespace

TextPrintSource::TextPrintSource(const Analysis &analysis, const QSizeF &pageSize)
    : m_analysis(analysis), m_pages(build(analysis), pageSize, kMargin)
{
}

std::unique_ptr<QTextDocument> TextPrintSource::build(const Analysis &analysis)
{
    auto doc = TextPages::newDocument();
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(kBodySize);
    doc->setDefaultFont(font);
    // insertText turns each '\n' into one block separator: positions stay those of the text.
    QTextCursor(doc.get()).insertText(analysis.text);
    embolden(doc.get(), analysis.titleAt.start, analysis.titleAt.end, kBodySize + 3);
    for (const Section &section : analysis.sections) {
        const QTextBlock block = doc->findBlock(qMax(0, section.at.start));
        if (section.at.start >= 0 && block.isValid())
            embolden(doc.get(), block.position(), block.position() + block.length() - 1,
                     section.level <= 1 ? kBodySize + 1.5 : kBodySize);
    }
    return doc;
}

int TextPrintSource::pageCount() const { return m_pages.pageCount(); }

QSizeF TextPrintSource::pageSize(int) const { return m_pages.pageSize(); }

bool TextPrintSource::paintPage(int page, QPainter *painter) const
{
    m_pages.paint(page, painter);
    return true;
}

QVector<PageArea> TextPrintSource::areasOf(const Annotation &annotation) const
{
    if (annotation.position.isValid())
        return m_pages.areasFor(annotation.position.start, annotation.position.end);
    return annotation.kind == AnnotationKind::PageNote ? pageNoteArea(annotation.firstPage()) : QVector<PageArea>();
}

QVector<QRectF> TextPrintSource::textBoxes(int page) const { return m_pages.pageLines(page); }

// A page note of the source's page N goes beside the first line that came from page N.
QVector<PageArea> TextPrintSource::pageNoteArea(int sourcePage) const
{
    for (const TextSpan &span : m_analysis.spans) {
        if (span.page < sourcePage || span.end <= span.start)
            continue;
        QVector<PageArea> areas = m_pages.areasFor(span.start, span.start + 1);
        if (areas.isEmpty())
            return {};
        const QRectF line = areas.first().quads.first();
        areas.first().quads = {QRectF(kMargin - 22, line.top(), 14, line.height())};
        areas.resize(1);
        return areas;
    }
    return {};
}

} // namespace diptych
