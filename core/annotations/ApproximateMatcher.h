#pragma once

#include <QString>
#include <QVector>

namespace diptych {

// Finds a pattern in a text allowing a bounded number of edits (insertions, deletions,
// substitutions): Sellers' dynamic programme, O(text x pattern) time and one column of
// memory. A letter (30,000 characters) against a 300-character quote takes a few ms.
class ApproximateMatcher
{
public:
    struct Match {
        int start = 0;
        int end = 0;
        int errors = 0;
    };

    // Every best match per region of the text with at most maxErrors edits, in text order.
    static QVector<Match> find(const QString &text, const QString &pattern, int maxErrors);
    // Edit distance between two strings (for tests and tie-breaking).
    static int distance(const QString &a, const QString &b);

private:
    static int startOf(const QString &text, int end, const QString &pattern, int maxErrors, int *errors);
};

} // namespace diptych
