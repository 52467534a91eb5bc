#pragma once

#include "model/Analysis.h"

#include <QVector>

namespace diptych {

struct AlignedPair {
    int agenda = -1; // index into the agenda's sections
    int verslag = -1; // index into the verslag's sections
    double score = 0; // 0..1
};

// Which agenda section is reported by which verslag section, and what stands on one side only.
struct SectionAlignment {
    QVector<AlignedPair> pairs;
    QVector<int> onlyAgenda;
    QVector<int> onlyVerslag;
};

} // namespace diptych
