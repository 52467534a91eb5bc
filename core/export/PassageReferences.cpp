#include "export/PassageReferences.h"

#include <algorithm>

namespace diptych {

namespace {

const QString kParagraphBreak = QStringLiteral("\n\n");

bool overlaps(const Location &at, int start, int end) { return at.start >= 0 && at.start < end && at.end > start; }

} // namespace

QVector<Reference> PassageReferences::find(const Analysis &analysis, int start, int end)
{
    QVector<Reference> out;
    if (start < 0 || end < start)
        return out;
    collect(analysis, start, end, out);
    const QPair<int, int> around = paragraph(analysis.text, start, end);
    collect(analysis, around.first, around.second, out);
    return out;
}

QPair<int, int> PassageReferences::paragraph(const QString &text, int start, int end)
{
    const int before = start > 0 ? int(text.lastIndexOf(kParagraphBreak, start - 1)) : -1;
    const int after = int(text.indexOf(kParagraphBreak, std::max(start, end)));
    return {before < 0 ? 0 : before + int(kParagraphBreak.size()), after < 0 ? int(text.size()) : after};
}

void PassageReferences::collect(const Analysis &analysis, int start, int end, QVector<Reference> &out)
{
    for (const Reference &r : analysis.references) {
        const bool belongs =
            r.footnote == 0 ? overlaps(r.at, start, end) : calledFrom(analysis, r.footnote, start, end);
        const bool known = std::any_of(out.begin(), out.end(), [&](const Reference &o) { return o.id == r.id; });
        if (belongs && !known)
            out.append(r);
    }
}

// A call mark sits right after the word it belongs to, so a call at the passage's end counts.
bool PassageReferences::calledFrom(const Analysis &analysis, int footnote, int start, int end)
{
    for (const Footnote &f : analysis.footnotes) {
        if (f.number != footnote)
            continue;
        for (const FootnoteCall &call : f.calls) {
            if (call.at.start >= start && call.at.start <= end)
                return true;
        }
    }
    return false;
}

} // namespace diptych
