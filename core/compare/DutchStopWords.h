#pragma once

#include <QString>

namespace diptych {

// Words that say nothing about the topic of a section: Dutch function words, the English
// ones that occur in mixed titles ("Council of the ..."), and month names (dates tell
// when, not what). Expects folded words (see TextFolding).
class DutchStopWords
{
public:
    static bool contains(const QString &foldedWord);
};

} // namespace diptych
