#pragma once

#include "analysis/Block.h"
#include "model/SourceDocument.h"

#include <QString>
#include <QVector>

namespace diptych {

struct CoverLetterFacts {
    bool present = false;
    QString signatory; // "Hanke Bruins Slot"; several signatories joined with "; "
    int lastBlock = -1; // index of the last block of the cover letter
};

// The aanbiedingsbrief in front of the report or agenda: it opens with a salutation
// ("Geachte voorzitter") or an offer ("Hierbij bied ik u …") and ends with the signature
// ("De minister van Buitenlandse Zaken," and a name). Sets the roles of its blocks.
class CoverLetterDetector
{
public:
    static CoverLetterFacts run(SourceDocument &doc, QVector<Block> &blocks);

    static bool isMinisterLine(const QString &text);
    static bool looksLikeName(const QString &text);
    // Only names written with initials ("W.B. Hoekstra"): safe to rule out as headings.
    static bool looksLikeInitialledName(const QString &text);
};

} // namespace diptych
