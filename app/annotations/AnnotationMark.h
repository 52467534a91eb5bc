#pragma once

#include "annotations/Annotation.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych {

// An annotation as a view draws it: where it lies in this document (reading-text range,
// pages and quads) and how it looks. Views get marks, never the model, so they stay
// free of annotation logic.
struct AnnotationMark {
    QString id;
    AnnotationKind kind = AnnotationKind::Highlight;
    QColor color;
    QString note;
    QStringList replies; // "author: text", oldest first
    int start = -1; // [start, end) in Analysis::text; -1 for a page note
    int end = -1;
    QVector<PageArea> areas;

    bool hasRange() const { return start >= 0 && end > start; }
    bool isNote() const { return kind == AnnotationKind::HighlightNote || kind == AnnotationKind::PageNote; }
    // What hovering the mark shows: the note, then the replies; empty when there are neither.
    QString toolTip() const;
    // Whether the mark lies under a point of a page (PDF points).
    bool covers(int page, const QPointF &point) const;
};

} // namespace diptych
