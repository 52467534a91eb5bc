#pragma once

#include "library/FtsQuery.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych {

// Search snippets made in C++ in the shape FTS5's snippet() and highlight() give them
// (SnippetLocator's markers), for queries with a prefix term: FTS5 expands a prefix again
// for every snippet it makes, which on 10,000 letters cost more than the search itself
// ("bondgeno*": 36 of 67 ms for 50 snippets). Words are compared as the index's tokenizer
// (unicode61, remove_diacritics 2) stores them: letters and digits, lower case, accents off.
class SnippetMaker
{
public:
    explicit SnippetMaker(const QVector<FtsQuery::Term> &terms);

    // About `tokens` words of text around its first match, matches marked, the ellipsis
    // marker where the text was cut; empty when nothing matches.
    QString snippet(const QString &text, int tokens) const;
    // The whole text with every match marked (unmarked when nothing matches).
    QString highlight(const QString &text) const;

private:
    struct Token {
        int start;
        int end;
        QString folded;
    };
    static QVector<Token> tokenize(const QString &text);
    // Appends up to n more tokens of text from *pos; false when no token is left after them.
    static bool tokenizeMore(const QString &text, int *pos, int n, QVector<Token> &out);
    int longestTerm() const;
    // Tokens covered by a match starting at token i; 0 when none starts there.
    int matchAt(const QVector<Token> &tokens, int i) const;
    QString marked(const QString &text, const QVector<Token> &tokens, int from, int to) const;

    QVector<QStringList> m_words; // per term, its folded words
    QVector<bool> m_prefix;
};

} // namespace diptych
