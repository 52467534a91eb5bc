#pragma once

#include "analysis/Block.h"
#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// A heading found among the blocks; its Section is completed with positions later.
struct HeadingDraft {
    int block = -1;
    Section section;
};

struct HeadingFacts {
    int titleBlock = -1;
    QVector<HeadingDraft> headings;
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
    static int romanValue(const QString &roman);
};

} // namespace diptych
