#pragma once

#include "analysis/Block.h"
#include "model/SourceDocument.h"

#include <QVector>

namespace diptych {

// Groups the body lines (not furniture, not footnotes) into blocks: a new block after a
// paragraph gap, at a page break that ends a sentence, at a change of type size, and after
// a short first line without final punctuation (a heading set directly above its text).
class BlockBuilder
{
public:
    static QVector<Block> run(const SourceDocument &doc);

    // The text of a block's lines joined with spaces (no dehyphenation): for classification.
    static QString plainText(const SourceDocument &doc, const Block &block);
    static const Line &line(const SourceDocument &doc, const LineRef &ref)
    {
        return doc.pages[ref.page].lines[ref.line];
    }
};

} // namespace diptych
