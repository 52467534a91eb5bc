#pragma once

#include "compare/SectionAlignment.h"
#include "model/Analysis.h"

namespace diptych {

// Aligns the sections of an agenda with those of a verslag by session number, title and
// content similarity (Dutch-aware folding: case, accents, hyphens, Dutch/English variants).
class SectionAligner
{
public:
    static SectionAlignment align(const Analysis &agenda, const Analysis &verslag);
};

} // namespace diptych
