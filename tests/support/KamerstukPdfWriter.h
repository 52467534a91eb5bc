#pragma once

#include "KamerstukSpec.h"

#include <QString>

namespace diptych::test {

// Writes A4 PDFs with the layout of a Tweede Kamer letter: first-page header block, serif
// body, headings, paragraph space, small footnotes under a short rule at the page foot,
// superscript calls and a running footer with the page number. Same input, same bytes.
// Needs a QGuiApplication (see ensureGuiApp()).
class KamerstukPdfWriter
{
public:
    static constexpr double kBodySize = 10.0;

    static bool write(const KamerstukSpec &spec, const QString &pdfPath, QString *error = nullptr);

    // Re-typesets a sample text export (tests/data/*.txt) keeping its lines and page breaks.
    static bool fromSampleText(const QString &textPath, const QString &pdfPath, QString *error = nullptr);
};

} // namespace diptych::test
