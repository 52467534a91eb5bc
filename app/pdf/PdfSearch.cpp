#include "pdf/PdfSearch.h"

#include "annotations/TextGeometry.h"
#include "document/SearchFolding.h"
#include "pdf/PdfView.h"

#include <QPainter>

namespace diptych {

namespace {

const QColor kMatch(0xf6, 0xc3, 0x43, 110);
const QColor kCurrentMatch(0xf0, 0x80, 0x20, 150);

QRectF united(const QVector<QRectF> &boxes)
{
    QRectF all;
    for (const QRectF &b : boxes)
        all = all.isNull() ? b : all.united(b);
    return all;
}

} // namespace

PdfSearch::PdfSearch(PdfView *view, QObject *parent) : QObject(parent), m_view(view) { view->addOverlay(this); }

PdfSearch::~PdfSearch()
{
    if (m_view)
        m_view->removeOverlay(this);
}

void PdfSearch::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    setSearch(m_needle);
}

int PdfSearch::setSearch(const QString &needle)
{
    m_needle = needle;
    m_matches.clear();
    m_current = -1;
    if (m_analysis) {
        const TextGeometry geometry(*m_analysis);
        for (int start : findAllFolded(m_analysis->text, needle))
            m_matches.append(Match{start, geometry.areasFor(start, start + int(needle.size()))});
    }
    // Start at the first match on or after the page in view, as readers expect.
    const int page = m_view ? m_view->currentPage() : 0;
    for (int i = 0; i < m_matches.size() && m_current < 0; ++i) {
        if (!m_matches[i].areas.isEmpty() && m_matches[i].areas.first().page >= page)
            m_current = i;
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0;
    if (m_current >= 0)
        showMatch(m_current);
    else if (m_view)
        m_view->viewport()->update();
    Q_EMIT searchChanged(m_current, m_matches.size());
    return m_matches.size();
}

void PdfSearch::findNext()
{
    if (!m_matches.isEmpty())
        showMatch((m_current + 1) % m_matches.size());
}

void PdfSearch::findPrevious()
{
    if (!m_matches.isEmpty())
        showMatch((m_current - 1 + m_matches.size()) % m_matches.size());
}

void PdfSearch::showMatch(int index)
{
    m_current = index;
    const QVector<PageArea> &areas = m_matches[index].areas;
    if (m_view && !areas.isEmpty())
        m_view->ensureVisible(areas.first().page, united(areas.first().quads));
    if (m_view)
        m_view->viewport()->update();
    Q_EMIT searchChanged(m_current, m_matches.size());
}

void PdfSearch::paintPage(QPainter &painter, int page) const
{
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_matches.size(); ++i) {
        for (const PageArea &area : m_matches[i].areas) {
            if (area.page != page)
                continue;
            painter.setBrush(i == m_current ? kCurrentMatch : kMatch);
            for (const QRectF &quad : area.quads)
                painter.drawRect(quad.adjusted(-1, -1, 1, 1));
        }
    }
}

} // namespace diptych
