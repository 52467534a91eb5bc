#include "analysis/InformalAbbreviations.h"

#include "analysis/AnchoredScan.h"
#include "analysis/RegexText.h"

#include <algorithm>
#include <vector>

namespace diptych {

namespace {

// Where any of the abbreviations starts, found from its first letter with the vectorised
// character search.
std::vector<qsizetype> occurrences(const QString &text, const QStringList &abbreviations)
{
    std::vector<qsizetype> out;
    for (const QString &abbreviation : abbreviations) {
        const QChar first = abbreviation[0];
        for (qsizetype at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (QStringView(text).mid(at).startsWith(abbreviation))
                out.push_back(at);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

QVector<QPair<int, int>> InformalAbbreviations::find(const QRegularExpression &re, const QString &text,
                                                     const QStringList &abbreviations, bool leadingI)
{
    // A match starts at "informele" (9) or "informal" (8) before the spaces in front of the
    // name, or at the name itself (its 'i' included); tried earliest first, as a scan would.
    QVector<QVector<qsizetype>> starts;
    for (const qsizetype at : occurrences(text, abbreviations)) {
        const qsizetype name = (leadingI && at > 0 && text[at - 1] == QLatin1Char('i')) ? at - 1 : at;
        qsizetype spaces = name;
        while (spaces > 0 && RegexText::isSpace(text[spaces - 1]))
            --spaces;
        QVector<qsizetype> place;
        if (spaces < name)
            place << spaces - 9 << spaces - 8;
        place << name;
        starts << place;
    }
    return AnchoredScan::nouns(re, text, starts);
}

} // namespace diptych
