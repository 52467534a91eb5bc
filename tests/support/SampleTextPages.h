#pragma once

#include "KamerstukTypesetter.h"

#include "model/SourceDocument.h"

namespace diptych::test {

// A sample text export as typeset pages that keep its lines and page breaks: body lines
// as body, blank lines as paragraph space, each page's trailing blocks that start with
// "N text" as footnotes, calls to those footnotes as superscripts, and a footer line
// ("Tweede Kamer, vergaderjaar …", "Pagina 2 van 2") as the running footer of every page.
class SampleTextPages
{
public:
    static QVector<TypePage> pages(const SourceDocument &text);
};

} // namespace diptych::test
