#pragma once

#include <QString>

namespace diptych {

// A light Dutch stemmer: strips the common inflections (plural -en/-s, adjective -e,
// -heden, -ingen) and evens out the spelling changes they cause ("bondgenoten" and
// "bondgenoot" -> "bondgenot", "uitgaven" and "uitgave" -> "uitgaf"). It only has to make
// related forms meet, not produce real stems. Expects folded words.
class DutchStemmer
{
public:
    static QString stem(const QString &foldedWord);

private:
    static void stripSuffixes(QString &word);
};

} // namespace diptych
