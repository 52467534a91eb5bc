#pragma once

#include "KamerstukSpec.h"
#include "KamerstukTypesetter.h"

#include <QSet>

namespace diptych::test {

// Breaks a KamerstukSpec into lines and pages: greedy line filling with soft-hyphen
// breaks, footnotes on the page of their call (continuing on the next page when long).
class KamerstukFlow
{
public:
    static QVector<TypePage> pages(const KamerstukSpec &spec, const KamerstukTypesetter &type);

    // A word of text as runs: "^N" becomes a superscript N (markup calls).
    static TypeWord markupWord(const QString &token);
    // A word of a text export as runs: digits glued to the end of a word or after
    // punctuation become a superscript when they are one of the page's footnote numbers.
    static TypeWord exportWord(const QString &token, const QSet<int> &footnotes);
};

} // namespace diptych::test
