#pragma once

#include <QString>

namespace diptych {

// Where a search snippet sits in the text it was cut from. FTS5's snippet() returns
// fragments of the stored text joined by an ellipsis marker, with the matched terms
// between open and close markers; the fragment that holds the first match is found in
// the text verbatim, which gives the match's offset without a second search.
class SnippetLocator
{
public:
    static constexpr QChar kOpen = QChar(0x01);
    static constexpr QChar kClose = QChar(0x02);
    static constexpr QChar kEllipsis = QChar(0x03);

    // Offset in text of the first marked term, or -1 when the snippet marks none or does
    // not come from text.
    static int firstMatch(const QString &snippet, const QString &text);
    // The snippet for display: the ellipsis marker as "…", term markers kept.
    static QString forDisplay(const QString &snippet);
    static bool hasMatch(const QString &snippet) { return snippet.contains(kOpen); }
};

} // namespace diptych
