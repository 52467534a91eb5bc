#pragma once

#include "model/Analysis.h"

#include <QVector>

namespace diptych {

// The Kamerstuk references that belong to a passage [start, end) of the reading text, so a
// note can carry the links of what it quotes. In order: references written in the passage;
// those in the footnotes the passage calls; then those of the paragraph around it (its
// text and its footnote calls), since a passage often quotes the sentence next to the
// citation. Each id once.
class PassageReferences
{
public:
    static QVector<Reference> find(const Analysis &analysis, int start, int end);
    // The paragraph (blank-line separated) around [start, end) in text.
    static QPair<int, int> paragraph(const QString &text, int start, int end);

private:
    static void collect(const Analysis &analysis, int start, int end, QVector<Reference> &out);
    static bool calledFrom(const Analysis &analysis, int footnote, int start, int end);
};

} // namespace diptych
