#pragma once

#include "compare/CompoundSplitter.h"

#include <QString>
#include <QStringList>

namespace diptych {

// Turns text into the terms sections are compared by: folded words, Dutch/English variants
// replaced by one concept term, stop words and bare numbers dropped, compounds also
// counted by their parts, the rest stemmed.
class TermExtractor
{
public:
    // Compounds are split into words found in these texts.
    explicit TermExtractor(const QStringList &vocabularyTexts);

    QStringList terms(const QString &text) const;

private:
    void appendWord(const QString &word, QStringList &out) const;

    CompoundSplitter m_splitter;
};

} // namespace diptych
