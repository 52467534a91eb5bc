#pragma once

#include "analysis/AnalysisService.h"

#include <QMap>
#include <QObject>
#include <QRectF>
#include <QVector>

namespace diptych {

// The text selected on the PDF pages, kept as a range of the reading text
// (Analysis::text). A rubber band over words selects the reading text from the first
// word under it to the last, so copying gives the clean text (no call marks, no page
// furniture, hyphens resolved); rects() gives the boxes to draw on each page.
// Shared by the text tool (copy) and the annotation tools (annotate the selection).
class PageTextSelection : public QObject
{
    Q_OBJECT
public:
    explicit PageTextSelection(QObject *parent = nullptr);

    void setAnalysis(const AnalysisPtr &analysis);
    AnalysisPtr analysis() const { return m_analysis; }

    // Selects by bands in PDF points, one per page the band covers.
    void selectBands(const QMap<int, QRectF> &bands);
    void selectRange(int start, int end);
    void clear();

    bool isEmpty() const { return m_end <= m_start; }
    int start() const { return m_start; } // [start, end) in Analysis::text
    int end() const { return m_end; }
    QString selectedText() const;
    QVector<int> pages() const; // pages with selected text, ascending
    QVector<QRectF> rects(int page) const; // one box per line, PDF points

Q_SIGNALS:
    void changed();

private:
    void setRange(int start, int end);

    AnalysisPtr m_analysis;
    int m_start = 0;
    int m_end = 0;
    QMap<int, QVector<QRectF>> m_rects;
};

} // namespace diptych
