#include "analysis/Dehyphenator.h"

#include "spelling/Speller.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace diptych {

namespace {

enum class Decision { Join, Keep, Undecided };

// A word with the punctuation around it: "(bondge-" -> "(" + "bondge", "noten," -> "noten" + ",".
struct Piece {
    QString prefix;
    QString core;
    QString suffix;
};

// PDFs write the line-end hyphen as '-', a soft hyphen or one of the Unicode hyphens.
bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x00AD) || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isApostrophe(QChar c) { return c == QLatin1Char('\'') || c == QChar(0x2019); }

bool isWordChar(QChar c)
{
    // ASCII by hand: this runs on every character of a document.
    if (c.unicode() < 0x80)
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
               || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    return c.isLetterOrNumber() || c.isMark();
}

// Hyphens inside a word as '-', soft hyphens (invisible) dropped.
QString normalizeHyphens(const QString &word)
{
    // Most texts hold no soft or Unicode hyphen: then the text itself, shared, not copied.
    if (!word.contains(QChar(0x00AD)) && !word.contains(QChar(0x2010)) && !word.contains(QChar(0x2011)))
        return word;
    // In place on one copy: this runs over whole documents, so no per-character appends.
    QString out = word;
    QChar *data = out.data();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = data[i];
        if (c == QChar(0x00AD))
            continue;
        data[kept++] = isHyphen(c) ? QChar(QLatin1Char('-')) : c;
    }
    out.truncate(kept);
    return out;
}

// The (lower-case) prefixes a token must start with, compared without case. A break keeps at most three letters of its word,
// so prefixes are short: a token's first pieces (up to three characters, packed into a
// number) are looked up in a set, a few integer lookups per token instead of comparing it
// with every prefix. Longer prefixes fall back to comparing.
class ShortPrefixSet
{
public:
    explicit ShortPrefixSet(const QStringList &prefixes) : m_prefixes(prefixes)
    {
        for (const QString &prefix : prefixes) {
            m_long = m_long || prefix.size() > kMaxShort;
            m_keys.insert(key(prefix, qMin(prefix.size(), kMaxShort)));
            if (prefix.isEmpty())
                m_any = true;
            else if (lower(prefix[0]) < 0x80)
                m_asciiFirsts[lower(prefix[0])] = true;
            else
                m_otherFirsts.insert(lower(prefix[0]));
        }
    }

    bool operator()(QStringView word) const
    {
        if (m_long) {
            return std::any_of(m_prefixes.cbegin(), m_prefixes.cend(),
                               [word](const QString &prefix) { return word.startsWith(prefix, Qt::CaseInsensitive); });
        }
        // Most tokens start with a letter no prefix starts with: one lookup rules them out.
        if (!m_any && (word.isEmpty() || !mayStartWith(lower(word[0]))))
            return false;
        // The key of each shorter length is the longest one's first characters.
        const qsizetype longest = qMin(kMaxShort, word.size());
        const quint64 chars = key(word, longest) & ((quint64(1) << 48) - 1);
        for (qsizetype length = 0; length <= longest; ++length) {
            const quint64 kept = length == 0 ? 0 : ~((quint64(1) << (16 * (kMaxShort - length))) - 1);
            if (m_keys.contains((quint64(length) << 48) | (chars & kept & ((quint64(1) << 48) - 1))))
                return true;
        }
        return false;
    }

private:
    static constexpr qsizetype kMaxShort = 3;

    bool mayStartWith(char16_t first) const
    {
        return first < 0x80 ? m_asciiFirsts[first] : m_otherFirsts.contains(first);
    }

    static char16_t lower(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return (u >= u'A' && u <= u'Z') ? char16_t(u + 0x20) : u;
        return c.toLower().unicode();
    }

    static quint64 key(QStringView word, qsizetype length)
    {
        quint64 k = quint64(length) << 48;
        for (qsizetype i = 0; i < length; ++i)
            k |= quint64(lower(word[i])) << (16 * (kMaxShort - 1 - i));
        return k;
    }

    QStringList m_prefixes;
    QSet<quint64> m_keys;
    // The first letters of the prefixes, lower case.
    std::array<bool, 128> m_asciiFirsts{};
    QSet<char16_t> m_otherFirsts;
    bool m_any = false; // an empty prefix: every word
    bool m_long = false;
};

// "(bondge-" -> "(" + "bondge"; the trailing hyphen itself is dropped.
Piece splitLeft(const QString &left)
{
    Piece p;
    int start = 0;
    while (start < left.size() && !isWordChar(left.at(start)))
        ++start;
    int end = left.size();
    while (end > start && isHyphen(left.at(end - 1)))
        --end;
    p.prefix = left.left(start);
    p.core = normalizeHyphens(left.mid(start, end - start));
    return p;
}

// "lidmaatschap." -> "lidmaatschap" + "."; inner hyphens and apostrophes stay in the word.
Piece splitRight(const QString &right)
{
    Piece p;
    int end = 0;
    while (end < right.size()) {
        const QChar c = right.at(end);
        const bool inner =
            (isHyphen(c) || isApostrophe(c)) && end > 0 && end + 1 < right.size() && isWordChar(right.at(end + 1));
        if (!isWordChar(c) && !inner)
            break;
        ++end;
    }
    p.core = normalizeHyphens(right.left(end));
    p.suffix = right.mid(end);
    return p;
}

QString lastPart(const QString &core) { return core.mid(core.lastIndexOf(QLatin1Char('-')) + 1); }

// Words that link the first half of an elliptical pair to the second:
// "zowel EU- als NAVO-verband", "land- en tuinbouw", "binnen- of buitenland".
// right is the whole next word ("c.q." has no word core), word its letters.
bool isCoordinating(const QString &right, const QString &word)
{
    static const QStringList words = {
        QStringLiteral("en"),
        QStringLiteral("of"),
        QStringLiteral("als"),
        QStringLiteral("noch"),
        QStringLiteral("tot"),
        QStringLiteral("dan"),
        QStringLiteral("maar"),
        QStringLiteral("ofwel"),
        QStringLiteral("alsook"),
        QStringLiteral("alsmede"),
        QStringLiteral("respectievelijk"),
        QStringLiteral("resp"),
        QStringLiteral("versus"),
        QStringLiteral("vs"),
    };
    return words.contains(word.toLower()) || right.startsWith(QStringLiteral("c.q."), Qt::CaseInsensitive);
}

// An abbreviation or acronym keeps its hyphen: "NAVO-", "iFMM-", "aANP-", "G7-", "A-merk".
bool isAbbreviation(const QString &part)
{
    int upper = 0;
    int lower = 0;
    for (QChar c : part) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    return part.size() == 1 || (upper >= 2 && upper >= lower);
}

QChar baseLetter(QChar c)
{
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    return decomposed.isEmpty() ? c : decomposed.at(0).toLower();
}

// Klinkerbotsing: the vowels on both sides would read as one sound when written
// together, so Dutch writes the hyphen ("zee-egel", "defensie-uitgaven", "auto-ongeluk").
bool isVowelClash(const QString &left, const QString &right)
{
    static const QStringList clashes = {
        QStringLiteral("aa"), QStringLiteral("ae"), QStringLiteral("ai"), QStringLiteral("au"), QStringLiteral("ee"),
        QStringLiteral("ei"), QStringLiteral("eu"), QStringLiteral("ie"), QStringLiteral("ii"), QStringLiteral("oe"),
        QStringLiteral("oi"), QStringLiteral("oo"), QStringLiteral("ou"), QStringLiteral("ui"), QStringLiteral("uu"),
    };
    if (left.isEmpty() || right.isEmpty())
        return false;
    const QString pair = QString(baseLetter(left.back())) + baseLetter(right.front());
    return clashes.contains(pair);
}

// The Dutch spelling rules that write a hyphen in a compound whatever the dictionary says.
bool spellingWantsHyphen(const QString &left, const QString &right)
{
    return isAbbreviation(lastPart(left)) || right.front().isUpper() || left.back().isDigit() || right.front().isDigit()
           || isVowelClash(left, right);
}

// The document's own spelling of the word wins: it knows its names and terms.
Decision byDocument(const QSet<QString> &words, const QString &joined, const QString &hyphenated)
{
    const bool joinedSeen = words.contains(joined.toLower());
    const bool hyphenatedSeen = words.contains(hyphenated.toLower());
    if (joinedSeen == hyphenatedSeen)
        return Decision::Undecided;
    return joinedSeen ? Decision::Join : Decision::Keep;
}

Decision bySpeller(const Speller &speller, const QString &joined, const QString &hyphenated)
{
    const bool joinedKnown = speller.isCorrect(joined);
    const bool hyphenatedKnown = speller.isCorrect(hyphenated);
    if (joinedKnown == hyphenatedKnown)
        return Decision::Undecided;
    return joinedKnown ? Decision::Join : Decision::Keep;
}

// The dictionary knows both forms or neither. Dutch writes compounds as one word unless
// a hyphen rule applies; when the dictionary knows neither form yet both halves are
// words, the hyphen probably joins two words on purpose and stays.
Decision bySpellingRules(const Speller &speller, const QString &left, const QString &right, const QString &joined)
{
    if (spellingWantsHyphen(left, right))
        return Decision::Keep;
    if (speller.isCorrect(joined))
        return Decision::Join;
    if (!speller.isCorrect(left) || !speller.isCorrect(right))
        return Decision::Join;
    return Decision::Keep;
}

} // namespace

Dehyphenator::Dehyphenator(const Speller &speller, QSet<QString> documentWords)
    : m_speller(speller), m_documentWords(std::move(documentWords))
{
}

QString Dehyphenator::join(const QString &left, const QString &right) const
{
    const QString l = left.trimmed();
    const QString r = right.trimmed();
    const Piece head = splitLeft(l);
    const Piece tail = splitRight(r);
    if (l.isEmpty() || !isHyphen(l.back()) || head.core.isEmpty() || tail.core.isEmpty())
        return r.isEmpty() ? l : l.isEmpty() ? r : l + QLatin1Char(' ') + r;

    // The elliptical hyphen stands for a word part left out; it keeps its space.
    if (isCoordinating(r, tail.core)
        && (isAbbreviation(lastPart(head.core)) || !m_speller.isLoaded() || m_speller.isCorrect(head.core)))
        return head.prefix + head.core + QStringLiteral("- ") + r;

    const QString joined = head.core + tail.core;
    const QString hyphenated = head.core + QLatin1Char('-') + tail.core;
    Decision decision = byDocument(m_documentWords, joined, hyphenated);
    if (decision == Decision::Undecided)
        decision = bySpeller(m_speller, joined, hyphenated);
    if (decision == Decision::Undecided)
        decision = bySpellingRules(m_speller, head.core, tail.core, joined);
    return head.prefix + (decision == Decision::Join ? joined : hyphenated) + tail.suffix;
}

QSet<QString> Dehyphenator::wordsOf(const QString &text) { return wordsOf(text, {QString()}); }

QSet<QString> Dehyphenator::wordsOf(const QString &text, const QStringList &prefixes)
{
    // Normalised once for the whole text; tokens are views into it. Only the few wanted
    // tokens are lower-cased: lower-casing a whole letter cost more than finding its words.
    const QString normal = normalizeHyphens(text);
    const auto inToken = [](QChar c) { return isWordChar(c) || c == QLatin1Char('-') || isApostrophe(c); };
    const auto edge = [](QChar c) { return c == QLatin1Char('-') || isApostrophe(c); };
    const ShortPrefixSet wanted(prefixes);
    QSet<QString> words;
    const qsizetype n = normal.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !inToken(normal[i]))
            ++i;
        qsizetype begin = i;
        while (i < n && inToken(normal[i]))
            ++i;
        qsizetype end = i;
        while (begin < end && edge(normal[begin]))
            ++begin;
        while (end > begin && edge(normal[end - 1]))
            --end;
        if (begin == end)
            continue;
        const QStringView token(normal.constData() + begin, end - begin);
        if (wanted(token))
            words.insert(token.toString().toLower());
        if (std::find(token.begin(), token.end(), QLatin1Char('-')) != token.end()) {
            for (const QStringView part : token.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
                if (wanted(part))
                    words.insert(part.toString().toLower());
            }
        }
    }
    return words;
}

} // namespace diptych
