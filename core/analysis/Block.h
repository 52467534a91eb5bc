#pragma once

#include <QVector>

namespace diptych {

// A line of the source document by position.
struct LineRef {
    int page = 0;
    int line = 0;
    bool operator==(const LineRef &o) const { return page == o.page && line == o.line; }
};

enum class BlockRole { Paragraph, Heading, Title, Cover, Signature };

// Consecutive body lines read as one unit: a paragraph or a heading. Paragraphs may run
// across a page break (and past the footnotes at the bottom of the page).
struct Block {
    QVector<LineRef> lines;
    BlockRole role = BlockRole::Paragraph;
    int start = -1; // range in the reading text, set when the text is built
    int end = -1;
};

} // namespace diptych
