#pragma once

#include "analysis/Block.h"
#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

struct HeadingFacts {
    int titleBlock = -1;
    QVector<int> headingBlocks; // blocks that are section headings, in order
};

// Decides which blocks are headings: the title (first heading after the cover letter, one
// title even when set in capitals over two lines), numbered and unnumbered sessions
// ("Werksessie 1: …", "Sessie II – …", "Avondsessie …") at level 1, topic headings at level 2.
class HeadingDetector
{
public:
    static HeadingFacts run(const SourceDocument &doc, QVector<Block> &blocks, int firstBlock);

    // Parses a session heading; false when the text is not one.
    static bool parseSession(const QString &text, Section &out);
    // The section a heading text makes: a session, a numbered heading or a topic.
    static Section sectionFor(const QString &text);
    static int romanValue(const QString &roman);
};

} // namespace diptych
