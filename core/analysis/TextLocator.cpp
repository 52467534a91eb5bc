#include "analysis/TextLocator.h"

#include <algorithm>

namespace diptych {

TextLocator::TextLocator(const SourceDocument &doc, const QVector<TextSpan> &spans) : m_doc(doc), m_spans(spans) {}

Location TextLocator::locate(int start, int end) const
{
    Location at;
    at.start = start;
    at.end = end;
    // The first span that ends after start; an empty range (a footnote call) at the end of a
    // line belongs to that line, not to the next one, which may be on the next page.
    const bool point = start == end;
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), start, [point](const TextSpan &s, int offset) {
        return point ? s.end < offset : s.end <= offset;
    });
    if (it == m_spans.end())
        return at;
    at.page = it->page;
    for (; it != m_spans.end() && it->start < qMax(end, start + 1) && it->page == at.page; ++it)
        at.rect = at.rect.united(m_doc.pages[it->page].lines[it->line].box);
    return at;
}

} // namespace diptych
