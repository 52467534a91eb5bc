#pragma once

#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QVector>

namespace diptych {

// What a scan of an expression finds, for a finder that knows where its matches can start
// (ArticleSummits, InformalAbbreviations): the expression runs anchored at those places only.
class AnchoredScan
{
public:
    // starts: for each place a match may be, in text order, where it may start (ascending).
    // Per place, the first anchored match not before the end of the previous match, as a
    // scan would take it; returned as (start, end) of group "noun". text must be sanitised.
    static QVector<QPair<int, int>> nouns(const QRegularExpression &re, const QString &text,
                                          const QVector<QVector<qsizetype>> &starts);
};

} // namespace diptych
