#include "spelling/WordTokenizer.h"

#include <QRegularExpression>

namespace diptych {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

// Characters that join two word parts: hyphens (also the non-breaking one) and apostrophes.
bool isJoiner(QChar c) { return c == u'-' || c == u'\u2011' || c == u'\'' || c == u'\u2019'; }

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

// URLs, web addresses and e-mail addresses are not prose: skip the whole chunk.
bool isAddress(QStringView chunk)
{
    return chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive) || chunk.contains(u'@');
}

bool isRomanNumeral(const QString &word)
{
    static const QRegularExpression roman(QStringLiteral("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$"));
    return word.size() >= 2 && roman.match(word).hasMatch();
}

bool hasDigit(const QString &word)
{
    for (QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// A Dutch elision: 's, 't, 'k, 'n before a space or hyphen ('s-Gravenhage, 't is).
bool isElisionAt(const QString &text, int apostrophe, int end)
{
    if (!isApostrophe(text[apostrophe]) || apostrophe + 1 >= end)
        return false;
    if (apostrophe > 0 && isWordChar(text[apostrophe - 1]))
        return false;
    const QChar letter = text[apostrophe + 1];
    if (letter != u's' && letter != u't' && letter != u'k' && letter != u'n')
        return false;
    return apostrophe + 2 >= end || !isWordChar(text[apostrophe + 2]);
}

// d.w.z., o.a., m.b.t.: a dot between two single letters stays inside the word.
bool isAbbreviationDot(const QString &text, int dot, int segmentStart, int end)
{
    return text[dot] == u'.' && dot - segmentStart == 1 && dot + 1 < end && text[dot + 1].isLetter()
           && (dot + 2 >= end || !isWordChar(text[dot + 2]));
}

// Returns the end of the word that starts at start, inside a chunk ending at end.
int wordEnd(const QString &text, int start, int end)
{
    int k = start;
    int segmentStart = start;
    bool dotted = false;
    while (k < end) {
        if (isWordChar(text[k])) {
            ++k;
        } else if (isJoiner(text[k]) && k + 1 < end && isWordChar(text[k + 1])) {
            segmentStart = ++k;
        } else if (isAbbreviationDot(text, k, segmentStart, end)) {
            dotted = true;
            segmentStart = ++k;
        } else {
            break;
        }
    }
    if (dotted && k < end && text[k] == u'.')
        ++k; // the closing dot of d.w.z. belongs to the abbreviation
    return k;
}

void scanChunk(const QString &text, int begin, int end, QList<WordToken> &out)
{
    int j = begin;
    while (j < end) {
        const bool elision = isElisionAt(text, j, end);
        if (!elision && !isWordChar(text[j])) {
            ++j;
            continue;
        }
        const int start = j;
        const int stop = wordEnd(text, elision ? j + 1 : j, end);
        const QString word = text.mid(start, stop - start);
        if (!hasDigit(word) && !isRomanNumeral(word)) {
            const bool dot = stop < end && text[stop] == u'.' && !word.endsWith(u'.');
            out.append({start, stop - start, word, dot});
        }
        j = stop;
    }
}

} // namespace

QList<WordToken> WordTokenizer::words(const QString &text)
{
    QList<WordToken> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        int chunkEnd = i;
        while (chunkEnd < n && !text[chunkEnd].isSpace())
            ++chunkEnd;
        if (!isAddress(QStringView(text).mid(i, chunkEnd - i)))
            scanChunk(text, i, chunkEnd, out);
        i = chunkEnd;
    }
    return out;
}

WordToken WordTokenizer::wordAt(const QString &text, int position)
{
    for (const WordToken &token : words(text)) {
        if (position >= token.start && position <= token.start + token.length)
            return token;
    }
    return {-1, 0, {}, false};
}

} // namespace diptych
