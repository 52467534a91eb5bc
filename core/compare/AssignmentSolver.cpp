#include "compare/AssignmentSolver.h"

#include <limits>

namespace diptych {

QVector<int> AssignmentSolver::solve(const Matrix &score, double minScore)
{
    const int rows = score.size();
    const int cols = rows ? score.first().size() : 0;
    QVector<int> result(rows, -1);
    if (rows == 0 || cols == 0)
        return result;

    // Minimise the cost of the lesser side's view of the matrix; pairs at or below the
    // threshold cost as much as leaving both unassigned.
    const bool transposed = rows > cols;
    const int n = transposed ? cols : rows;
    const int m = transposed ? rows : cols;
    Matrix cost(n, QVector<double>(m, 0.0));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const double s = score[r][c] > minScore ? score[r][c] : 0.0;
            (transposed ? cost[c][r] : cost[r][c]) = -s;
        }
    const QVector<int> match = minimiseCost(cost);
    for (int i = 0; i < n; ++i) {
        const int r = transposed ? match[i] : i;
        const int c = transposed ? i : match[i];
        if (score[r][c] > minScore)
            result[r] = c;
    }
    return result;
}

// The potentials formulation of the Hungarian method: u/v are row/column potentials,
// way[] remembers the augmenting path. Index 0 is a virtual column.
QVector<int> AssignmentSolver::minimiseCost(const Matrix &cost)
{
    const int n = cost.size();
    const int m = cost.first().size();
    const double inf = std::numeric_limits<double>::infinity();
    QVector<double> u(n + 1, 0.0), v(m + 1, 0.0);
    QVector<int> rowOfColumn(m + 1, 0), way(m + 1, 0);
    for (int row = 1; row <= n; ++row) {
        rowOfColumn[0] = row;
        int col0 = 0;
        QVector<double> minv(m + 1, inf);
        QVector<bool> used(m + 1, false);
        do {
            used[col0] = true;
            const int row0 = rowOfColumn[col0];
            double delta = inf;
            int col1 = 0;
            for (int col = 1; col <= m; ++col) {
                if (used[col])
                    continue;
                const double reduced = cost[row0 - 1][col - 1] - u[row0] - v[col];
                if (reduced < minv[col]) {
                    minv[col] = reduced;
                    way[col] = col0;
                }
                if (minv[col] < delta) {
                    delta = minv[col];
                    col1 = col;
                }
            }
            for (int col = 0; col <= m; ++col) {
                if (used[col]) {
                    u[rowOfColumn[col]] += delta;
                    v[col] -= delta;
                } else {
                    minv[col] -= delta;
                }
            }
            col0 = col1;
        } while (rowOfColumn[col0] != 0);
        do {
            const int col1 = way[col0];
            rowOfColumn[col0] = rowOfColumn[col1];
            col0 = col1;
        } while (col0 != 0);
    }
    QVector<int> columnOfRow(n, -1);
    for (int col = 1; col <= m; ++col)
        if (rowOfColumn[col] != 0)
            columnOfRow[rowOfColumn[col] - 1] = col - 1;
    return columnOfRow;
}

} // namespace diptych
