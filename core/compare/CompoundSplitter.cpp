#include "compare/CompoundSplitter.h"

namespace diptych {

void CompoundSplitter::addWord(const QString &foldedWord)
{
    if (foldedWord.size() >= kMinPart)
        m_words.insert(foldedWord);
}

QStringList CompoundSplitter::split(const QString &foldedWord) const
{
    QStringList parts;
    if (foldedWord.size() < 2 * kMinPart || !splitInto(foldedWord, parts) || parts.size() < 2)
        return {};
    return parts;
}

// Longest known head first, then the rest must be a known word or split itself; a linking
// "s" or "e" may stand between the parts ("veiligheid-s-arrangementen").
bool CompoundSplitter::splitInto(const QString &word, QStringList &parts) const
{
    if (m_words.contains(word) && !parts.isEmpty()) {
        parts << word;
        return true;
    }
    for (int headLength = word.size() - kMinPart; headLength >= kMinPart; --headLength) {
        const QString head = word.left(headLength);
        if (!m_words.contains(head))
            continue;
        for (const QString &linker : {QString(), QStringLiteral("s"), QStringLiteral("e")}) {
            const QString rest = word.mid(headLength);
            if (!rest.startsWith(linker) || rest.size() - linker.size() < kMinPart)
                continue;
            QStringList attempt = parts;
            attempt << head;
            if (splitInto(rest.mid(linker.size()), attempt)) {
                parts = attempt;
                return true;
            }
        }
    }
    return false;
}

} // namespace diptych
