#pragma once

#include <QString>
#include <QStringList>

namespace diptych {

// Turns what a user types into a search box into an FTS5 MATCH expression that cannot be
// a syntax error: every term becomes a quoted FTS5 string (the table's tokenizer splits
// and folds it as it did the text), terms are AND-ed by juxtaposition.
//   oekraïne steun          -> "oekraïne" "steun"
//   "twee procent" defensie* -> "twee procent" "defensie"*
//   kst-28676-434           -> "kst-28676-434"   (a phrase of three tokens)
// Stray quotes, parentheses, AND/OR/NOT/NEAR, column filters and lone * are plain text;
// a term without a letter or digit is dropped. Empty result: nothing to search for.
class FtsQuery
{
public:
    static QString fromUserInput(const QString &input);
    // The terms as the user meant them (phrases whole, no *), for highlighting elsewhere.
    static QStringList terms(const QString &input);

    static constexpr int kMaxTerms = 32;

    struct Term {
        QString text; // a word or a phrase, without quotes or *
        bool prefix = false; // its last word is a prefix ("defensie*")
    };
    static QVector<Term> parse(const QString &input);
    static bool hasPrefix(const QString &input);
};

} // namespace diptych
