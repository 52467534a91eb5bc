#include "annotations/TextGeometry.h"

#include <algorithm>

namespace diptych {

namespace {

// Box of every character of line.text: each word's box shared out evenly over its letters.
QVector<QRectF> lineCharacterBoxes(const Line &line)
{
    QVector<QRectF> boxes(line.text.size());
    int cursor = 0;
    for (const Word &word : line.words) {
        const int at = line.text.indexOf(word.text, cursor);
        if (at < 0 || word.text.isEmpty())
            continue; // a word the line builder rewrote (ligatures): its letters stay boxless
        const double width = word.box.width() / word.text.size();
        for (int k = 0; k < word.text.size(); ++k)
            boxes[at + k] = QRectF(word.box.left() + k * width, word.box.top(), width, word.box.height());
        cursor = at + word.text.size();
    }
    return boxes;
}

// The character boxes of the line as the reading text has it: call marks removed, trimmed.
QVector<QRectF> readingBoxes(const Line &line)
{
    const QVector<QRectF> all = lineCharacterBoxes(line);
    QVector<bool> keep(line.text.size(), true);
    for (const CallMark &call : line.calls) {
        for (int k = call.offset; k < call.offset + call.length && k < keep.size(); ++k)
            keep[k] = false;
    }
    QString text;
    QVector<QRectF> boxes;
    for (int k = 0; k < line.text.size(); ++k) {
        if (keep[k]) {
            text += line.text[k];
            boxes.append(all[k]);
        }
    }
    int lead = 0;
    while (lead < text.size() && text[lead].isSpace())
        ++lead;
    int trail = text.size();
    while (trail > lead && text[trail - 1].isSpace())
        --trail;
    return boxes.mid(lead, trail - lead);
}

QRectF unitedBoxes(const QVector<QRectF> &boxes, int from, int to)
{
    QRectF rect;
    for (int k = qMax(0, from); k < to && k < boxes.size(); ++k) {
        if (!boxes[k].isNull())
            rect = rect.isNull() ? boxes[k] : rect.united(boxes[k]);
    }
    return rect;
}

} // namespace

TextGeometry::TextGeometry(const Analysis &analysis) : m_analysis(analysis) {}

const Line *TextGeometry::lineOf(const TextSpan &span) const
{
    const auto &pages = m_analysis.source.pages;
    if (span.page < 0 || span.page >= pages.size() || span.line < 0 || span.line >= pages[span.page].lines.size())
        return nullptr;
    return &pages[span.page].lines[span.line];
}

QVector<QRectF> TextGeometry::characterBoxes(const TextSpan &span) const
{
    const int length = span.end - span.start;
    QVector<QRectF> out(qMax(0, length));
    const Line *line = lineOf(span);
    if (!line || line->words.isEmpty())
        return out;
    // The span is the tail of the line: a word joined onto the previous line's last word
    // (dehyphenation) is cut from its head.
    const QVector<QRectF> boxes = readingBoxes(*line);
    const int base = boxes.size() - length;
    for (int i = 0; i < length; ++i) {
        if (base + i >= 0 && base + i < boxes.size())
            out[i] = boxes[base + i];
    }
    return out;
}

QVector<PageArea> TextGeometry::areasFor(int start, int end) const
{
    QVector<PageArea> areas;
    if (start < 0 || end <= start)
        return areas;
    const auto &spans = m_analysis.spans;
    auto it = std::lower_bound(spans.begin(), spans.end(), start,
                               [](const TextSpan &s, int offset) { return s.end <= offset; });
    for (; it != spans.end() && it->start < end; ++it) {
        if (areas.isEmpty() || areas.last().page != it->page)
            areas.append(PageArea{it->page, {}});
        const QVector<QRectF> boxes = characterBoxes(*it);
        const QRectF quad = unitedBoxes(boxes, start - it->start, end - it->start);
        if (!quad.isNull())
            areas.last().quads.append(quad);
    }
    return areas;
}

TextPositionSelector TextGeometry::rangeFor(int page, const QVector<QRectF> &quads) const
{
    TextPositionSelector range;
    for (const TextSpan &span : m_analysis.spans) {
        if (span.page != page)
            continue;
        const QVector<QRectF> boxes = characterBoxes(span);
        for (int i = 0; i < boxes.size(); ++i) {
            if (boxes[i].isNull())
                continue;
            const QPointF centre = boxes[i].center();
            const bool inside =
                std::any_of(quads.begin(), quads.end(), [&](const QRectF &q) { return q.contains(centre); });
            if (!inside)
                continue;
            const int offset = span.start + i;
            if (!range.isValid() || offset < range.start)
                range.start = offset;
            range.end = qMax(range.end, offset + 1);
        }
    }
    return range;
}

} // namespace diptych
