#pragma once

#include "model/Analysis.h"

#include <QString>

namespace diptych {

// Agenda or verslag: from the title or the cover letter where they say so, otherwise from
// the tense of the text — an agenda looks ahead ("zal … deelnemen", "naar verwachting",
// "vindt … plaats"), a verslag looks back ("kwamen … bijeen", "spraken").
class KindDetector
{
public:
    static DocumentKind run(const QString &title, const QString &cover, const QString &body);

    // How often the text looks ahead and back; exposed for tests and diagnostics.
    static int forwardMarkers(const QString &text);
    static int backwardMarkers(const QString &text);
};

} // namespace diptych
