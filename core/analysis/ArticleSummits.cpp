#include "analysis/ArticleSummits.h"

#include "analysis/AnchoredScan.h"
#include "analysis/RegexText.h"

#include <QLatin1String>

#include <algorithm>
#include <vector>

namespace diptych {

namespace {

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
        QLatin1String("aanstaande"), QLatin1String("aankomende"), QLatin1String("volgende"), QLatin1String("komende"),
        QLatin1String("deze"),       QLatin1String("Deze"),       QLatin1String("de"),       QLatin1String("De"),
    };
    QVector<QVector<qsizetype>> starts;
    for (const qsizetype noun : nouns(text)) {
        if (noun == 0 || !RegexText::isSpace(text[noun - 1]))
            continue;
        // A match's spaces run from its word to its noun, so its word ends where they begin.
        qsizetype spaces = noun;
        while (spaces > 0 && RegexText::isSpace(text[spaces - 1]))
            --spaces;
        QVector<qsizetype> place;
        for (const QLatin1String word : words) {
            if (hasAt(text, spaces - word.size(), word))
                place << spaces - word.size();
        }
        starts << place;
    }
    return AnchoredScan::nouns(re, text, starts);
}

} // namespace diptych
