#pragma once

#include "annotations/AnnotationMark.h"
#include "pdf/PageOverlay.h"

#include <QVector>

namespace diptych {

// Draws annotations on the PDF pages: highlights under the text (multiplied, so the print
// stays black), underlines, strike-outs, and a note icon for notes.
class PdfAnnotationOverlay : public PageOverlay
{
public:
    void setMarks(const QVector<AnnotationMark> &marks) { m_marks = marks; }
    const QVector<AnnotationMark> &marks() const { return m_marks; }
    void paintPage(QPainter &painter, int page) const override;
    // The note of the first mark with one under a point of a page; empty when none.
    QString noteAt(int page, const QPointF &point) const;

    // The note icon of a mark on a page (points): beside its first line, or its own box.
    static QRectF noteIcon(const AnnotationMark &mark, int page);

private:
    QVector<AnnotationMark> m_marks;
};

} // namespace diptych
