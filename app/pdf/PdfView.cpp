#include "pdf/PdfView.h"

#include "pdf/PageOverlay.h"
#include "pdf/PageRenderTask.h"
#include "source/PdfPages.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace diptych {

namespace {

constexpr int kGap = 14; // px between pages and around them
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.2;
constexpr int kDefaultCacheMB = 256;

} // namespace

PdfView::PdfView(QWidget *parent) : QAbstractScrollArea(parent), m_generation(std::make_shared<std::atomic<int>>(0))
{
    setCacheLimitMB(kDefaultCacheMB);
    // One render thread per core: the UI thread sleeps while pages render, and the pages
    // around the viewport (prefetched) then render side by side. With one thread the view
    // fell 1.5x behind Poppler's own loop (see bench/viewer), which reuses one warm buffer.
    setRenderThreadCount(QThread::idealThreadCount());
    m_pool.setThreadPriority(QThread::LowPriority);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("PDF pages"));
    viewport()->setAutoFillBackground(true);
    QPalette p = viewport()->palette();
    p.setColor(QPalette::Window, QColor(0x52, 0x58, 0x63));
    viewport()->setPalette(p);
    viewport()->setBackgroundRole(QPalette::Window);
    verticalScrollBar()->setSingleStep(40);
}

PdfView::~PdfView()
{
    m_generation->fetch_add(1);
    m_pool.clear();
}

void PdfView::setCacheLimitMB(int megabytes) { m_cache.setMaxCost(megabytes * 1024); }

void PdfView::setRenderThreadCount(int threads) { m_pool.setMaxThreadCount(qMax(1, threads)); }

int PdfView::renderThreadCount() const { return m_pool.maxThreadCount(); }

void PdfView::setPages(std::shared_ptr<const PdfPages> pages)
{
    m_pages = std::move(pages);
    m_cache.clear();
    relayout();
    verticalScrollBar()->setValue(0);
}

int PdfView::pageCount() const { return m_pages ? m_pages->pageCount() : 0; }

double PdfView::fitZoom(ZoomMode mode) const
{
    if (!m_pages || m_pages->pageCount() == 0)
        return 1.0;
    double widest = 1, tallest = 1;
    for (int i = 0; i < m_pages->pageCount(); ++i) {
        widest = std::max(widest, m_pages->pageSize(i).width());
        tallest = std::max(tallest, m_pages->pageSize(i).height());
    }
    const double byWidth = (viewport()->width() - 2 * kGap) / widest;
    if (mode == ZoomMode::FitWidth)
        return std::clamp(byWidth, kMinZoom, kMaxZoom);
    const double byHeight = (viewport()->height() - 2 * kGap) / tallest;
    return std::clamp(std::min(byWidth, byHeight), kMinZoom, kMaxZoom);
}

// Page positions at the current zoom; keeps the same page at the top when zoom changes. The
// page at the top edge, not the "current" page a third down the viewport: measured on the old
// layout with the new viewport height, that one is a page further on when the view grows on
// its first showing (a letter then opened on page 2).
void PdfView::relayout()
{
    const int keepPage = m_tops.isEmpty() ? 0 : pageAt(verticalScrollBar()->value() + kGap);
    if (m_mode != ZoomMode::Custom)
        m_zoom = fitZoom(m_mode);
    m_tops.clear();
    int y = kGap;
    m_contentWidth = 0;
    for (int i = 0; i < pageCount(); ++i) {
        const QSizeF size = m_pages->pageSize(i) * m_zoom;
        m_tops << y;
        y += int(std::ceil(size.height())) + kGap;
        m_contentWidth = std::max(m_contentWidth, int(std::ceil(size.width())) + 2 * kGap);
    }
    verticalScrollBar()->setRange(0, std::max(0, y - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    m_generation->fetch_add(1);
    m_pool.clear();
    m_requested.clear();
    m_failed.clear();
    m_oversized.clear();
    if (keepPage < m_tops.size())
        verticalScrollBar()->setValue(m_tops[keepPage] - kGap);
    viewport()->update();
}

QRect PdfView::pageRect(int page) const
{
    const QSizeF size = m_pages->pageSize(page) * m_zoom;
    const int width = int(std::ceil(size.width()));
    const int x = std::max(kGap, (std::max(m_contentWidth, viewport()->width()) - width) / 2);
    return QRect(x, m_tops[page], width, int(std::ceil(size.height())));
}

int PdfView::pageAt(int y) const
{
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), y);
    return std::max(0, int(it - m_tops.begin()) - 1);
}

int PdfView::currentPage() const
{
    if (m_tops.isEmpty())
        return -1;
    return pageAt(verticalScrollBar()->value() + viewport()->height() / 3);
}

void PdfView::goToPage(int page, double yPoints)
{
    if (page < 0 || page >= m_tops.size())
        return;
    verticalScrollBar()->setValue(m_tops[page] + int(yPoints * m_zoom) - kGap);
}

void PdfView::setZoomMode(ZoomMode mode)
{
    m_mode = mode;
    relayout();
    Q_EMIT zoomChanged(m_zoom);
}

void PdfView::setZoom(double zoom)
{
    m_mode = ZoomMode::Custom;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    relayout();
    Q_EMIT zoomChanged(m_zoom);
}

void PdfView::zoomIn() { setZoom(m_zoom * kZoomStep); }
void PdfView::zoomOut() { setZoom(m_zoom / kZoomStep); }

quint64 PdfView::cacheKey(int page) const
{
    return (quint64(page) << 33) | (quint64(m_invert) << 32)
           | quint64(std::lround(m_zoom * devicePixelRatioF() * 1000));
}

QRect PdfView::pageViewportRect(int page) const
{
    if (page < 0 || page >= m_tops.size())
        return QRect();
    return pageRect(page).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

PdfView::PagePoint PdfView::pagePointAt(const QPoint &viewportPos) const
{
    for (int p = 0; p < pageCount(); ++p) {
        const QRect r = pageViewportRect(p);
        if (r.contains(viewportPos))
            return {p, QPointF(viewportPos - r.topLeft()) / m_zoom};
    }
    return {};
}

void PdfView::ensureVisible(int page, const QRectF &box)
{
    if (page < 0 || page >= m_tops.size())
        return;
    const QRect r = pageRect(page);
    const int top = r.top() + int(box.top() * m_zoom);
    const int bottom = r.top() + int(std::ceil(box.bottom() * m_zoom));
    const int left = r.left() + int(box.left() * m_zoom);
    const int right = r.left() + int(std::ceil(box.right() * m_zoom));
    // Out of view: to the middle of the viewport (as the text view does a find match).
    QScrollBar *v = verticalScrollBar();
    if (top < v->value() || bottom > v->value() + viewport()->height())
        v->setValue((top + bottom) / 2 - viewport()->height() / 2);
    QScrollBar *h = horizontalScrollBar();
    if (left < h->value() || right > h->value() + viewport()->width())
        h->setValue(left - kGap);
}

QPair<int, double> PdfView::scrollPosition() const
{
    if (m_tops.isEmpty())
        return {-1, 0};
    const int edge = verticalScrollBar()->value() + kGap;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), edge);
    const int page = std::max(0, int(it - m_tops.begin()) - 1);
    return {page, std::max(0, edge - m_tops[page]) / m_zoom};
}

void PdfView::addOverlay(const PageOverlay *overlay)
{
    if (!m_overlays.contains(overlay))
        m_overlays.append(overlay);
    viewport()->update();
}

void PdfView::removeOverlay(const PageOverlay *overlay)
{
    m_overlays.removeAll(overlay);
    viewport()->update();
}

void PdfView::setInvertPages(bool invert)
{
    if (invert == m_invert)
        return;
    m_invert = invert;
    // Renders of the other mode still under way are dropped; the cache keeps both modes.
    m_generation->fetch_add(1);
    m_pool.clear();
    m_requested.clear();
    m_oversized.clear();
    viewport()->update();
}

void PdfView::paintOverlays(QPainter &painter, const QRect &pageRect, int page) const
{
    for (const PageOverlay *overlay : m_overlays) {
        painter.save();
        painter.translate(pageRect.topLeft());
        painter.scale(m_zoom, m_zoom);
        overlay->paintPage(painter, page);
        painter.restore();
    }
}

void PdfView::requestPage(int page)
{
    if (m_requested.contains(page) || m_failed.contains(page))
        return;
    m_requested.insert(page);
    auto *task = new PageRenderTask(
        m_pages, page, m_zoom, devicePixelRatioF(), m_invert, m_generation->load(), m_generation, this,
        [this, inverted = m_invert](int p, double scale, QImage image) { onRendered(p, scale, inverted, image); });
    // Pages nearer the top of the view first.
    m_pool.start(task, -std::abs(page - currentPage()));
}

void PdfView::onRendered(int page, double scale, bool inverted, const QImage &image)
{
    if (inverted != m_invert)
        return;
    m_requested.remove(page);
    if (!qFuzzyCompare(scale, m_zoom))
        return;
    if (image.isNull()) {
        m_failed.insert(page);
        return;
    }
    const int cost = int(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    if (cost > m_cache.maxCost())
        m_oversized.insert(cacheKey(page), image);
    else
        m_cache.insert(cacheKey(page), new QImage(image), cost);
    viewport()->update();
}

void PdfView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!m_pages)
        return;
    const QRect visible(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(),
                        viewport()->height());
    painter.translate(-visible.topLeft());
    // One page beyond each edge is prepared so scrolling shows no blank page.
    const QRect margin = visible.adjusted(0, -visible.height(), 0, visible.height());
    for (int i = 0; i < m_tops.size(); ++i) {
        const QRect r = pageRect(i);
        if (!r.intersects(margin)) {
            m_oversized.remove(cacheKey(i));
            continue;
        }
        const QImage *image = m_cache.object(cacheKey(i));
        if (!image && m_oversized.contains(cacheKey(i)))
            image = &*m_oversized.constFind(cacheKey(i));
        if (!image)
            requestPage(i);
        if (!r.intersects(visible))
            continue;
        painter.fillRect(r.translated(2, 2), QColor(0, 0, 0, 60));
        if (image)
            painter.drawImage(r, *image);
        else
            painter.fillRect(r, m_invert ? QColor(0x24, 0x26, 0x2b) : QColor(Qt::white));
        paintOverlays(painter, r, i);
    }
    const int page = currentPage();
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PdfView::scrollContentsBy(int, int) { viewport()->update(); }

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Home: bar->setValue(0); break;
    case Qt::Key_End: bar->setValue(bar->maximum()); break;
    case Qt::Key_PageDown: goToPage(std::min(currentPage() + 1, pageCount() - 1)); break;
    case Qt::Key_PageUp: goToPage(std::max(currentPage() - 1, 0)); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace diptych
