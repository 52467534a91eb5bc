#pragma once

#include "model/SourceDocument.h"

#include <QString>

namespace diptych::test {

// Reads a sample text export (tests/data/*.txt) into pages of lines for the typesetter, by
// the samples' own conventions and never with code under test: a form feed or a line that
// starts with exactly one space opens a page, as does the first line after a running footer, a blank line is paragraph space, and a running
// footer ("Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446 5", "Pagina 2 van 2") is
// recognised by isFooter below, not by the analysis's furniture patterns.
class SampleTextReader
{
public:
    static SourceDocument read(const QByteArray &bytes, const QString &file);
    static bool isFooter(const QString &line);
};

} // namespace diptych::test
