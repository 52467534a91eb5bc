#pragma once

#include <QVector>

namespace diptych {

// Maps positions in Analysis::text to positions in the displayed QTextDocument, which has
// extra characters inserted (footnote call numbers, page markers) and notes appended.
class OffsetMap
{
public:
    // length characters were inserted before text offset textOffset. Any order.
    void addInsertion(int textOffset, int length);
    int toDocument(int textOffset) const;
    // Inserted characters map to the text offset they stand before.
    int toText(int documentPosition) const;

private:
    struct Insertion {
        int at = 0;
        int length = 0;
    };
    QVector<Insertion> m_insertions; // sorted by at
};

} // namespace diptych
