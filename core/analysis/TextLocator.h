#pragma once

#include "model/Analysis.h"

namespace diptych {

// Turns a range of the reading text back into a page and, for PDF, a rectangle.
class TextLocator
{
public:
    TextLocator(const SourceDocument &doc, const QVector<TextSpan> &spans);

    Location locate(int start, int end) const;

private:
    const SourceDocument &m_doc;
    const QVector<TextSpan> &m_spans;
};

} // namespace diptych
