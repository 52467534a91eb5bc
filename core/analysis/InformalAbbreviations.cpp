#include "analysis/InformalAbbreviations.h"

#include "analysis/AnchoredScan.h"
#include "analysis/RegexText.h"

#include <algorithm>
#include <vector>

namespace diptych {

namespace {

// Whether name is at text[at], without case if caseless: any character outside ASCII
// passes then, as it may be a case variant the expression takes (the long s for 's').
bool nameAt(const QString &text, qsizetype at, const QString &name, bool caseless)
{
    if (!caseless)
        return QStringView(text).mid(at).startsWith(name);
    if (at + name.size() > text.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = text[at + i].unicode();
        const char16_t lower = (c >= u'A' && c <= u'Z') ? char16_t(c + 0x20) : c;
        if (c < 0x80 && lower != name[i].unicode())
            return false;
    }
    return true;
}

// Where any of the names starts, found from its first letter (in both cases if caseless)
// with the vectorised character search.
std::vector<qsizetype> occurrences(const QString &text, const QStringList &names, bool caseless)
{
    std::vector<qsizetype> out;
    for (const QString &name : names) {
        QString firsts(name[0]);
        if (caseless)
            firsts += name[0].toUpper();
        for (const QChar first : std::as_const(firsts)) {
            for (qsizetype at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
                if (nameAt(text, at, name, caseless))
                    out.push_back(at);
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

QVector<QPair<int, int>> InformalAbbreviations::find(const QRegularExpression &re, const QString &text,
                                                     const QStringList &names, bool leadingI, bool caseless)
{
    // A match starts at the name (its 'i' included), at "NAVO-"/"NATO " right before it, or
    // at "informele" (9) or "informal" (8) before the spaces in front of either; tried
    // earliest first, as a scan would. Trying a start the expression does not allow costs
    // one failed match, never a wrong one.
    QVector<QVector<qsizetype>> starts;
    for (const qsizetype at : occurrences(text, names, caseless)) {
        QVector<qsizetype> bases;
        const bool alliance = at >= 5
                              && (QStringView(text).mid(at - 5).startsWith(QLatin1String("NAVO"))
                                  || QStringView(text).mid(at - 5).startsWith(QLatin1String("NATO")));
        if (alliance && (text[at - 1] == QLatin1Char('-') || text[at - 1] == QLatin1Char(' ')))
            bases << at - 5;
        bases << ((leadingI && at > 0 && text[at - 1] == QLatin1Char('i')) ? at - 1 : at);
        QVector<qsizetype> place;
        for (const qsizetype base : std::as_const(bases)) {
            qsizetype spaces = base;
            while (spaces > 0 && RegexText::isSpace(text[spaces - 1]))
                --spaces;
            if (spaces < base)
                place << spaces - 9 << spaces - 8;
            place << base;
        }
        std::sort(place.begin(), place.end());
        starts << place;
    }
    return AnchoredScan::nouns(re, text, starts);
}

} // namespace diptych
