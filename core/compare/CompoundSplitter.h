#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace diptych {

// Splits Dutch compounds into words that occur on their own in the texts being compared:
// "defensieuitgaven" -> "defensie" + "uitgaven", "veiligheidsarrangementen" -> "veiligheid"
// + "arrangementen" (linking -s-). Knowing only the words of the texts keeps it from
// inventing parts, and works for words no dictionary has.
class CompoundSplitter
{
public:
    void addWord(const QString &foldedWord);

    // The parts, or empty when the word is not a compound of known words.
    QStringList split(const QString &foldedWord) const;

    static constexpr int kMinPart = 4;

private:
    bool splitInto(const QString &word, QStringList &parts) const;

    QSet<QString> m_words;
};

} // namespace diptych
