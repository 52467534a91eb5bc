#pragma once

#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych {

// "RBZ", "informele RAZ", "iFMM": meeting names that are an abbreviation, perhaps after
// "informele"/"informal". Their expressions start with that optional word, so a scan tried
// them at every 'i' of a letter; here they are tried only around each abbreviation.
class InformalAbbreviations
{
public:
    // The matches of re in text, as RegexText::all(re, text) finds them, as (start, end) of
    // group "noun". re must have the shape
    // (?<!\p{L})(?<noun>(?:(?i:informele|informal)WS+)?i?(?:ABBR|…))(?!\p{L}), where
    // abbreviations lists the ABBR and leadingI says whether the 'i?' is there; text must
    // be sanitised (RegexText::sanitised).
    static QVector<QPair<int, int>> find(const QRegularExpression &re, const QString &text,
                                         const QStringList &abbreviations, bool leadingI);
};

} // namespace diptych
