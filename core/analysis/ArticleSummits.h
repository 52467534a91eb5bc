#pragma once

#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QVector>

namespace diptych {

// "de top", "deze summit", "aanstaande Top": the one meeting name that starts with a common
// word. Scanned as an expression it was tried at every 'd', 'a', 'k' and 'v' of a letter and
// cost more than any other name; here it is tried only where a space precedes "top" or
// "summit", at the start of each word the expression allows before that space.
class ArticleSummits
{
public:
    // The matches of re in text, as RegexText::all(re, text) finds them, as (start, end) of
    // group "noun". re must be MentionFinder's pattern
    // (?<!\p{L})(?:[Dd]e|[Dd]eze|volgende|aanstaande|aankomende|komende)WS+(?<noun>[Tt]op|[Ss]ummit)…
    // and text sanitised (RegexText::sanitised).
    static QVector<QPair<int, int>> find(const QRegularExpression &re, const QString &text);
};

} // namespace diptych
