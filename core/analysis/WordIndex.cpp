#include "analysis/WordIndex.h"

namespace diptych {

namespace {

// [A-Za-z0-9_] by table: this runs on every character of the text.
constexpr std::array<bool, 128> kWordChars = [] {
    std::array<bool, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return t;
}();

bool isWordChar(char16_t c) { return c < 128 && kWordChars[c]; }

char16_t asciiLower(char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c; }

// Letters outside ASCII that a caseless expression may take for an ASCII letter.
bool isAsciiCaseVariant(char16_t c) { return c == 0x0130 || c == 0x0131 || c == 0x017F || c == 0x212A; }

int slot(char16_t lower) { return (lower >= u'a' && lower <= u'z') ? lower - u'a' : 26; }

} // namespace

WordIndex::WordIndex(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (word.isEmpty() || word.size() >= 64 || m_ids.contains(word))
            continue;
        m_ids.insert(word, int(m_ids.size()));
        m_lengths[slot(word[0].unicode())] |= quint64(1) << word.size();
    }
    QString token;
    const auto *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(data[i])) {
            if (data[i] >= 128 && isAsciiCaseVariant(data[i]))
                m_uncertain = true;
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < n && isWordChar(data[i]))
            ++i;
        // Most tokens are ruled out by their first letter and length, without a lookup.
        if (!mayBeWanted(asciiLower(data[begin]), i - begin))
            continue;
        token.resize(i - begin);
        for (qsizetype k = begin; k < i; ++k)
            token[k - begin] = QChar(asciiLower(data[k]));
        const int id = m_ids.value(token, -1);
        if (id >= 0)
            m_hits.append({id, begin});
    }
}

bool WordIndex::mayBeWanted(char16_t first, qsizetype length) const
{
    return length < 64 && ((m_lengths[slot(first)] >> length) & 1) != 0;
}

QVector<qsizetype> WordIndex::positionsOf(const QStringList &words) const
{
    QVector<bool> wanted(m_ids.size(), false);
    for (const QString &word : words) {
        const int id = m_ids.value(word, -1);
        if (id >= 0)
            wanted[id] = true;
    }
    QVector<qsizetype> out;
    for (const auto &hit : m_hits) {
        if (wanted[hit.first])
            out.append(hit.second);
    }
    return out;
}

} // namespace diptych
