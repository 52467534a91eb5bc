#pragma once

#include "export/NotesReport.h"

#include <QVector>

namespace diptych {

class AnnotationAnchorer;

// Places the annotations of one document in its analysis and puts them in reading order
// (by page, then by place in the text; a page note first on its page). Annotations that
// cannot be placed follow at the end, in the order they were made: listed, never dropped.
class NotesCollector
{
public:
    static DocumentNotes collect(const Analysis &analysis, const QVector<Annotation> &annotations);
    // "Werksessie 1: Oekraïne › Wapenleveranties": the session and topic that hold offset.
    static QString sectionAt(const Analysis &analysis, int offset);

private:
    static NoteItem item(const Analysis &analysis, const AnnotationAnchorer &anchorer, const Annotation &a);
};

} // namespace diptych
