#pragma once
// What every analysis must hold whatever its input: ranges inside the text they point into.
// A broken rule aborts, which libFuzzer reports as a crash.
#include "analysis/Analyzer.h"

#include <cstdlib>

namespace diptych::fuzz {

inline void checkRanges(const Analysis &a)
{
    for (const Section &s : a.sections) {
        if (s.at.start < 0 || s.at.end > a.text.size() || s.at.start > s.at.end)
            std::abort();
    }
    for (const Footnote &note : a.footnotes) {
        for (const FootnoteCall &call : note.calls) {
            if (call.at.start < 0 || call.at.start > a.text.size())
                std::abort();
        }
    }
    for (const Reference &r : a.references) {
        const QString &source = r.footnote ? a.notesText : a.text;
        if (r.at.start < 0 || r.at.end > source.size())
            std::abort();
    }
}

} // namespace diptych::fuzz
