#include "pdf/PageTextSelection.h"

#include "annotations/TextGeometry.h"

namespace diptych {

PageTextSelection::PageTextSelection(QObject *parent) : QObject(parent) {}

void PageTextSelection::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    clear();
}

void PageTextSelection::selectBands(const QMap<int, QRectF> &bands)
{
    if (!m_analysis) {
        clear();
        return;
    }
    const TextGeometry geometry(*m_analysis);
    int start = -1, end = -1;
    for (auto it = bands.begin(); it != bands.end(); ++it) {
        const TextPositionSelector range = geometry.rangeFor(it.key(), {it.value().normalized()});
        if (!range.isValid())
            continue;
        start = start < 0 ? range.start : qMin(start, range.start);
        end = qMax(end, range.end);
    }
    setRange(start, end);
}

void PageTextSelection::selectRange(int start, int end) { setRange(start, end); }

void PageTextSelection::clear() { setRange(0, 0); }

void PageTextSelection::setRange(int start, int end)
{
    const int size = m_analysis ? int(m_analysis->text.size()) : 0;
    start = qBound(0, start, size);
    end = qBound(start, end, size);
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    m_rects.clear();
    if (m_analysis && end > start) {
        for (const PageArea &area : TextGeometry(*m_analysis).areasFor(start, end))
            m_rects[area.page] += area.quads;
    }
    Q_EMIT changed();
}

QString PageTextSelection::selectedText() const
{
    if (!m_analysis || isEmpty())
        return QString();
    return m_analysis->text.mid(m_start, m_end - m_start);
}

QVector<int> PageTextSelection::pages() const { return QVector<int>(m_rects.keyBegin(), m_rects.keyEnd()); }

QVector<QRectF> PageTextSelection::rects(int page) const { return m_rects.value(page); }

} // namespace diptych
