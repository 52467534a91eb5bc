#pragma once

#include "model/Line.h"

#include <QSizeF>
#include <QString>
#include <QVector>

namespace diptych {

enum class SourceFormat { Pdf, Text };

struct Page {
    int index = 0; // 0-based
    QSizeF size; // points; null for text sources
    QVector<Line> lines; // in reading order; blank lines are recorded as Line::gapBefore
};

// A document as a source delivered it: pages of positioned lines, nothing interpreted yet.
struct SourceDocument {
    QString file;
    SourceFormat format = SourceFormat::Text;
    QVector<Page> pages;
};

} // namespace diptych
