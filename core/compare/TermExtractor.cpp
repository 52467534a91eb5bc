#include "compare/TermExtractor.h"

#include "compare/DutchStemmer.h"
#include "compare/DutchStopWords.h"
#include "compare/TermVariants.h"
#include "compare/TextFolding.h"

#include <algorithm>

namespace diptych {

namespace {

bool isNumber(const QString &word)
{
    for (const QChar c : word)
        if (!c.isDigit())
            return false;
    return true;
}

bool hasConcept(const QStringList &terms) { return std::any_of(terms.begin(), terms.end(), &TermVariants::isConcept); }

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
        // The parts count as well, so "veiligheidsarrangementen" shares "arrangementen"
        // with "arrangementen" and "navozuidflank" names the southern flank.
        for (const QString &part : variants.canonicalize(m_splitter.split(word))) {
            if (TermVariants::isConcept(part))
                out << part;
            else
                appendWord(part, out);
        }
    }
    // "hervormings-agenda" also as one word, to meet "hervormingsagenda"; its parts are
    // counted above already. Words with a known name in them ("NAVO-top") are left to
    // the table, which treats both spellings alike.
    for (const QString &hyphenated : TextFolding::hyphenatedWords(text)) {
        const QString joined = QString(hyphenated).remove(QLatin1Char('-'));
        if (!hasConcept(variants.canonicalize({joined}))
            && !hasConcept(variants.canonicalize(TextFolding::words(hyphenated))))
            appendWord(joined, out);
    }
    return out;
}

void TermExtractor::appendWord(const QString &word, QStringList &out) const
{
    if (!DutchStopWords::contains(word) && !isNumber(word))
        out << DutchStemmer::stem(word);
}

} // namespace diptych
