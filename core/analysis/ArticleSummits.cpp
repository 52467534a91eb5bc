#include "analysis/ArticleSummits.h"

#include "analysis/RegexText.h"

#include <QLatin1String>

#include <algorithm>
#include <vector>

namespace diptych {

namespace {

// Exactly the characters [\s\x{00A0}] takes with Unicode properties (checked against PCRE2
// over the whole BMP): Unicode separators, tab to carriage return, NEL, and U+180E, which
// PCRE2 still counts as a space.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x09 && u <= 0x0D) || u == 0x85 || u == 0xA0 || u == 0x180E)
        return true;
    const QChar::Category category = c.category();
    return category == QChar::Separator_Space || category == QChar::Separator_Line
           || category == QChar::Separator_Paragraph;
}

bool hasAt(const QString &text, qsizetype at, QLatin1String word)
{
    return at >= 0 && QStringView(text).mid(at).startsWith(word);
}

// Where "top", "Top", "summit" or "Summit" starts, found from the rarer 'p' and 'u' with the
// vectorised character search.
std::vector<qsizetype> nouns(const QString &text)
{
    std::vector<qsizetype> out;
    for (qsizetype p = text.indexOf(QLatin1Char('p')); p >= 0; p = text.indexOf(QLatin1Char('p'), p + 1)) {
        if (hasAt(text, p - 2, QLatin1String("top")) || hasAt(text, p - 2, QLatin1String("Top")))
            out.push_back(p - 2);
    }
    for (qsizetype u = text.indexOf(QLatin1Char('u')); u >= 0; u = text.indexOf(QLatin1Char('u'), u + 1)) {
        if (hasAt(text, u - 1, QLatin1String("summit")) || hasAt(text, u - 1, QLatin1String("Summit")))
            out.push_back(u - 1);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QVector<QPair<int, int>> ArticleSummits::find(const QRegularExpression &re, const QString &text)
{
    // The words the expression allows before the spaces, longest first: their starts in
    // increasing order, as a scan would try them.
    static const QLatin1String words[] = {
        QLatin1String("aanstaande"), QLatin1String("aankomende"), QLatin1String("volgende"),
        QLatin1String("komende"),    QLatin1String("deze"),       QLatin1String("Deze"),
        QLatin1String("de"),         QLatin1String("De"),
    };
    QVector<QPair<int, int>> out;
    qsizetype from = 0; // where a scan would look for the next match
    for (const qsizetype noun : nouns(text)) {
        if (noun == 0 || !isSpace(text[noun - 1]))
            continue;
        // A match's spaces run from its word to its noun, so its word ends where they begin.
        qsizetype spaces = noun;
        while (spaces > 0 && isSpace(text[spaces - 1]))
            --spaces;
        for (const QLatin1String word : words) {
            const qsizetype start = spaces - word.size();
            if (start < from || !hasAt(text, start, word))
                continue;
            const QRegularExpressionMatch m = RegexText::at(re, text, start);
            if (m.hasMatch()) {
                out.append({int(m.capturedStart(QStringLiteral("noun"))), int(m.capturedEnd(QStringLiteral("noun")))});
                from = m.capturedEnd(0);
                break;
            }
        }
    }
    return out;
}

} // namespace diptych
