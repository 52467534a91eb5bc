#pragma once

#include "annotations/Annotation.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace diptych {

// One annotation as it is drawn on one printed page: its markup and, for a note, the
// numbered marker. Coordinates in points on the page, origin top-left.
struct PrintMark {
    AnnotationKind kind = AnnotationKind::Highlight;
    QColor color;
    int page = 0; // 0-based page of the print source
    QVector<QRectF> quads; // empty for a page note (only its marker is drawn)
    int number = 0; // 1.. for a note, 0 when the annotation has no note text
    QPointF marker; // where the number goes; meaningful when number > 0
};

// A numbered note as the margin and the appendix list it.
struct PrintedNote {
    int number = 0;
    int page = 0; // 0-based page of the print source
    QString quote;
    QString note;
    QColor color;
    QPointF marker;
};

} // namespace diptych
