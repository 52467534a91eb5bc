#pragma once

#include <QVector>

namespace diptych {

// One-to-one assignment of rows to columns with the largest total score (Hungarian
// method, O(n^2 m)). Greedy picking fails when two rows compete for one column: the best
// single pair can cost a better total.
class AssignmentSolver
{
public:
    using Matrix = QVector<QVector<double>>; // score[row][column], every row equally long

    // For each row its column, or -1. Pairs scoring at or below minScore are never made:
    // they count as nothing in the total and are left unassigned.
    static QVector<int> solve(const Matrix &score, double minScore = 0.0);

private:
    static QVector<int> minimiseCost(const Matrix &cost); // rows <= columns
};

} // namespace diptych
