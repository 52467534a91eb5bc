#pragma once

#include <QString>

namespace diptych {

// Patterns of page furniture in Tweede Kamer documents: running headers and footers,
// page numbers, publication ids. Used by the text source (to see page breaks) and by
// the furniture step.
class FurniturePatterns
{
public:
    // A line that can only be a running header/footer or page number.
    static bool isFurniture(const QString &line);
    // A furniture line that typically closes a page (footer, page number).
    static bool isPageFooter(const QString &line);
    // The document's own id if the line names it ("kst-28676-446" from the running footer
    // "Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446 5", or a bare publication id).
    static QString selfIdFrom(const QString &line);
    // The parliamentary year start ("2023" from "vergaderjaar 2023–2024"), 0 if none.
    static int vergaderjaarFrom(const QString &line);
};

} // namespace diptych
