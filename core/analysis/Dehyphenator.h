#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace diptych {

class Speller;

// Decides how a word broken at a line end is written whole:
// "bondge-" + "noten" -> "bondgenoten", "NAVO-" + "lidmaatschap" -> "NAVO-lidmaatschap",
// "EU-" + "als" -> "EU- als" (elliptical hyphen: kept, with the space).
class Dehyphenator
{
public:
    // documentWords: every word form the same document writes (lower-cased), which wins
    // over the dictionary when it spells the word one way or the other.
    Dehyphenator(const Speller &speller, QSet<QString> documentWords);

    // left ends with the hyphen ("bondge-"); right is the first word of the next line.
    // Returns the text that replaces left + line break + right.
    QString join(const QString &left, const QString &right) const;

    // Lower-cased word forms of a text, hyphenated compounds also split into their parts.
    static QSet<QString> wordsOf(const QString &text);
    // Only the words (and parts) that start with one of prefixes (lower case): all that the
    // breaks whose left parts start so can ask about, at a fraction of the cost.
    static QSet<QString> wordsOf(const QString &text, const QStringList &prefixes);

private:
    const Speller &m_speller;
    QSet<QString> m_documentWords;
};

} // namespace diptych
