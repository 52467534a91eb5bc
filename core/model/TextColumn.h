#pragma once

#include <QHash>
#include <QVector>

namespace diptych {

// The left edge of a page's text column: where most of its lines start (rounded to a point;
// on a tie the leftmost). Kamerstukken set labels in a margin column to its left.
inline double textColumnLeft(const QVector<double> &lineLefts)
{
    QHash<int, int> starts;
    for (double left : lineLefts)
        ++starts[qRound(left)];
    int best = 0, count = 0;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < best)) {
            best = it.key();
            count = it.value();
        }
    }
    return best;
}

// Whether something ending at right stands in the margin column, left of a text column that
// starts at columnLeft: it ends at least three type sizes before the column (a numbered
// list's "1." stands closer, a margin label such as "Nr. 446" far further off).
inline bool endsInMarginColumn(double right, double columnLeft, double typeSize)
{
    constexpr double kMarginGap = 3.0; // type sizes
    return right < columnLeft - kMarginGap * typeSize;
}

} // namespace diptych
