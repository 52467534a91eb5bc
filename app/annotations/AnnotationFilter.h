#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationReply.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace diptych {

// What the annotations panel shows: every criterion left empty lets everything through.
// Text is found in the passage, the note, the tags and the replies, case- and
// accent-insensitively.
struct AnnotationFilter {
    enum class Kind { Any, Highlight, Underline, StrikeOut, Note };

    Kind kind = Kind::Any;
    QColor color; // invalid: any colour
    QString tag; // empty: any; else one of the tags, case-insensitively
    QString author; // empty: any
    QString text;

    bool matches(const Annotation &annotation, const QVector<AnnotationReply> &replies = {}) const;
    bool isEmpty() const;
};

} // namespace diptych
