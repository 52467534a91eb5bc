#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace diptych {

// Where a few wanted words occur in a text, seen as a case-insensitive regular expression
// without Unicode properties sees them: ASCII letters in any case between \b boundaries (a
// word character is [A-Za-z0-9_]). An expression that must match one of these words can
// then be skipped when none occurs, or tried only where one does, instead of scanning the
// whole text. Four letters outside ASCII match an ASCII letter without case (the Kelvin
// sign, the long s, the dotted and dotless i); in a text holding one, uncertain() is true
// and the expressions must scan the text as before.
class WordIndex
{
public:
    // words: lower-case ASCII.
    WordIndex(const QString &text, const QStringList &words);

    bool uncertain() const { return m_uncertain; }
    // Where any of words (from those given above) occurs, in text order.
    QVector<qsizetype> positionsOf(const QStringList &words) const;

private:
    bool mayBeWanted(char16_t first, qsizetype length) const;

    QHash<QString, int> m_ids;
    // For each first character ('a'-'z', then any other), a bit per wanted word length.
    std::array<quint64, 27> m_lengths{};
    QVector<QPair<int, qsizetype>> m_hits; // (word id, position)
    bool m_uncertain = false;
};

} // namespace diptych
