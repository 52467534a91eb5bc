#include "compare/TermExtractor.h"

#include "compare/DutchStemmer.h"
#include "compare/DutchStopWords.h"
#include "compare/TermVariants.h"
#include "compare/TextFolding.h"

namespace diptych {

namespace {

bool isNumber(const QString &word)
{
    for (const QChar c : word)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

TermExtractor::TermExtractor(const QStringList &vocabularyTexts)
{
    for (const QString &text : vocabularyTexts)
        for (const QString &word : TextFolding::words(text))
            if (!DutchStopWords::contains(word) && !isNumber(word))
                m_splitter.addWord(word);
}

QStringList TermExtractor::terms(const QString &text) const
{
    const TermVariants &variants = TermVariants::shared();
    QStringList out;
    for (const QString &word : variants.canonicalize(TextFolding::words(text))) {
        if (TermVariants::isConcept(word)) {
            out << word;
            continue;
        }
        appendWord(word, out);
        // The parts count as well, so "defensieuitgaven" shares "uitgaven" with "uitgaven"
        // and "navozuidflank" names the southern flank.
        for (const QString &part : variants.canonicalize(m_splitter.split(word))) {
            if (TermVariants::isConcept(part))
                out << part;
            else
                appendWord(part, out);
        }
    }
    return out;
}

void TermExtractor::appendWord(const QString &word, QStringList &out) const
{
    if (!DutchStopWords::contains(word) && !isNumber(word))
        out << DutchStemmer::stem(word);
}

} // namespace diptych
