#pragma once

#include <QString>
#include <QStringList>

namespace diptych {

// Brings text to the form the aligner compares: case-folded, accents removed
// ("Oekraïne" -> "oekraine"), split into words at anything that is not a letter or digit,
// so "NATO-Ukraine", "NATO Ukraine" and "NATO–Ukraine" give the same words.
class TextFolding
{
public:
    static QString fold(const QString &text);
    // Folded words in reading order; single letters are dropped ("D.C.", "NAVO’s").
    static QStringList words(const QString &text);
    // The hyphenated words, folded, every kind of hyphen written as "-"
    // ("Defensie‑uitgaven" -> "defensie-uitgaven").
    static QStringList hyphenatedWords(const QString &text);
};

} // namespace diptych
