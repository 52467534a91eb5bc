#pragma once

#include "analysis/Block.h"
#include "analysis/FootnoteDetector.h"
#include "model/Analysis.h"

#include <QVector>

namespace diptych {

class Dehyphenator;

// Builds the clean reading text: blocks in order, separated by a blank line, lines joined
// with line-end hyphens resolved, call marks taken out (and recorded as FootnoteCalls),
// footnote texts assembled into Analysis::notesText. Sets Block::start/end.
class ReadingTextBuilder
{
public:
    ReadingTextBuilder(const SourceDocument &doc, const Dehyphenator &dehyphenator);

    void build(QVector<Block> &blocks, const QVector<FootnoteDraft> &notes, Analysis &out) const;

    // Joins lines of one unit (paragraph or note) resolving line-end hyphens.
    QString joinLines(const QVector<LineRef> &lines, int baseOffset, QVector<TextSpan> *spans,
                      QVector<QPair<int, int>> *calls) const;

private:
    const SourceDocument &m_doc;
    const Dehyphenator &m_dehyphenator;
};

} // namespace diptych
