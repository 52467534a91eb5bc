#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace diptych {

class PageOverlay;
class PdfPages;

// Continuous pages of a PDF. Pages are rendered by pool threads at the current zoom and the
// screen's pixel ratio, kept in a cache bounded in memory; the UI thread only paints.
class PdfView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class ZoomMode { FitWidth, FitPage, Custom };

    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    void setPages(std::shared_ptr<const PdfPages> pages);
    int pageCount() const;
    int currentPage() const; // 0-based, the page at the top of the view
    void goToPage(int page, double yPoints = 0);

    ZoomMode zoomMode() const { return m_mode; }
    double zoom() const { return m_zoom; } // pixels per point
    void setZoomMode(ZoomMode mode);
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Where a page is on screen (viewport coordinates); the tools map points with zoom().
    QRect pageViewportRect(int page) const;
    // The page under a viewport point and the point on it in PDF points (top-left origin);
    // page -1 off the pages.
    struct PagePoint {
        int page = -1;
        QPointF point;
    };
    PagePoint pagePointAt(const QPoint &viewportPos) const;
    // Scrolls the least needed so the box (PDF points) is in view.
    void ensureVisible(int page, const QRectF &box);
    // Page under the top edge of the view and how far down it the edge is (points):
    // exact to restore with goToPage(page, y).
    QPair<int, double> scrollPosition() const;
    // Overlays are drawn over every visible page, in the order added; not owned.
    void addOverlay(const PageOverlay *overlay);
    void removeOverlay(const PageOverlay *overlay);
    // Dark pages: rendered, then lightness inverted (hue kept), each mode cached apart.
    void setInvertPages(bool invert);
    bool invertPages() const { return m_invert; }
    void setCacheLimitMB(int megabytes);
    void setRenderThreadCount(int threads);
    int renderThreadCount() const;
    int cachedPageCount() const { return m_cache.count(); }
    int cacheCostKB() const { return m_cache.totalCost(); }

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QRect pageRect(int page) const; // in content coordinates
    void relayout();
    int pageAt(int y) const; // the page whose top is the last one at or above y
    void requestPage(int page);
    void onRendered(int page, double scale, bool inverted, const QImage &image);
    double fitZoom(ZoomMode mode) const;
    quint64 cacheKey(int page) const;
    void paintOverlays(QPainter &painter, const QRect &pageRect, int page) const;

    std::shared_ptr<const PdfPages> m_pages;
    ZoomMode m_mode = ZoomMode::FitWidth;
    double m_zoom = 1.0;
    QVector<int> m_tops; // content y of each page
    int m_contentWidth = 0;
    int m_currentPage = -1;
    QCache<quint64, QImage> m_cache; // cost in KiB
    QVector<const PageOverlay *> m_overlays;
    bool m_invert = false;
    QSet<int> m_requested;
    QSet<int> m_failed; // pages Poppler could not render: not asked again
    // A page bigger than the whole cache is kept here while it is on screen.
    QHash<quint64, QImage> m_oversized;
    std::shared_ptr<std::atomic<int>> m_generation;
    QThreadPool m_pool; // declared last: waits for its tasks before the rest goes
};

} // namespace diptych
