#include "annotations/ApproximateMatcher.h"

#include <algorithm>
#include <vector>

namespace diptych {

QVector<ApproximateMatcher::Match> ApproximateMatcher::find(const QString &text, const QString &pattern, int maxErrors)
{
    QVector<Match> out;
    const int m = pattern.size();
    if (m == 0 || maxErrors < 0)
        return out;
    std::vector<int> column(m + 1);
    for (int i = 0; i <= m; ++i)
        column[i] = i;
    QVector<QPair<int, int>> ends; // (end offset, errors)
    for (int j = 0; j < text.size(); ++j) {
        int diagonal = 0; // row 0 stays 0: a match may start anywhere
        const QChar c = text[j];
        for (int i = 1; i <= m; ++i) {
            const int above = column[i];
            column[i] = std::min({diagonal + (pattern[i - 1] == c ? 0 : 1), above + 1, column[i - 1] + 1});
            diagonal = above;
        }
        if (column[m] <= maxErrors)
            ends.append({j + 1, column[m]});
    }
    // One match per run of neighbouring ends: the one with fewest errors.
    for (int k = 0; k < ends.size();) {
        int best = k, r = k;
        for (; r < ends.size() && ends[r].first - ends[k].first == r - k; ++r) {
            if (ends[r].second < ends[best].second)
                best = r;
        }
        Match match;
        match.end = ends[best].first;
        match.start = startOf(text, match.end, pattern, maxErrors, &match.errors);
        out.append(match);
        k = r;
    }
    return out;
}

// Where the match that ends at end begins: the same programme run backwards, anchored at end.
int ApproximateMatcher::startOf(const QString &text, int end, const QString &pattern, int maxErrors, int *errors)
{
    const int m = pattern.size();
    const int window = std::min(end, m + maxErrors);
    std::vector<int> previous(window + 1), current(window + 1);
    for (int x = 0; x <= window; ++x)
        previous[x] = x;
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        const QChar p = pattern[m - i];
        for (int x = 1; x <= window; ++x) {
            const QChar t = text[end - x];
            current[x] = std::min({previous[x - 1] + (p == t ? 0 : 1), previous[x] + 1, current[x - 1] + 1});
        }
        std::swap(previous, current);
    }
    int bestX = 0;
    for (int x = 0; x <= window; ++x) {
        if (previous[x] < previous[bestX] || (previous[x] == previous[bestX] && std::abs(x - m) < std::abs(bestX - m)))
            bestX = x;
    }
    *errors = previous[bestX];
    return end - bestX;
}

int ApproximateMatcher::distance(const QString &a, const QString &b)
{
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int x = 0; x <= b.size(); ++x)
        previous[x] = x;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int x = 1; x <= b.size(); ++x)
            current[x] =
                std::min({previous[x - 1] + (a[i - 1] == b[x - 1] ? 0 : 1), previous[x] + 1, current[x - 1] + 1});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace diptych
