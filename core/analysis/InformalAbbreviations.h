#pragma once

#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych {

// "RBZ", "informele RAZ", "iFMM", "informele bijeenkomst van …": meeting names perhaps after
// "informele"/"informal". Their expressions start with that optional word, so a scan tried
// them at every 'i' (or 'b', 'm') of a letter; here they are tried only around each name.
class InformalAbbreviations
{
public:
    // The matches of re in text, as RegexText::all(re, text) finds them, as (start, end) of
    // group "noun". re must have the shape
    // (?<!\p{L})(?<noun>(?:(?i:informele|informal)WS+)?(?:(?:NAVO|NATO)[- ])?i?(?:NAME|…)…)(?!\p{L})
    // (each optional part may be absent), where names
    // lists each NAME's literal start and leadingI says whether the 'i?' is there; caseless:
    // the names are matched without case (lower-case ASCII, their first letter one without
    // case variants outside ASCII). text must be sanitised (RegexText::sanitised).
    static QVector<QPair<int, int>> find(const QRegularExpression &re, const QString &text, const QStringList &names,
                                         bool leadingI, bool caseless = false);
};

} // namespace diptych
