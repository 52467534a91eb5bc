#include "analysis/TextLocator.h"

#include <algorithm>

namespace diptych {

TextLocator::TextLocator(const SourceDocument &doc, const QVector<TextSpan> &spans)
    : m_doc(doc), m_spans(spans)
{
}

Location TextLocator::locate(int start, int end) const
{
    Location at;
    at.start = start;
    at.end = end;
    // The first span that ends after start.
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), start,
                               [](const TextSpan &s, int offset) { return s.end <= offset; });
    if (it == m_spans.end())
        return at;
    at.page = it->page;
    for (; it != m_spans.end() && it->start < qMax(end, start + 1) && it->page == at.page; ++it)
        at.rect = at.rect.united(m_doc.pages[it->page].lines[it->line].box);
    return at;
}

} // namespace diptych
