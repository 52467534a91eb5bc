#pragma once

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <memory>

namespace diptych {

class PdfPages;

// A PDF's pages as images of one resolution, for a print preview. A preview records every
// page before it shows any, and rendering 20 pages takes about a second; so the first page
// is rendered on the spot (renderNow), the others on background threads (renderRest), and
// the preview paints placeholders until completed() says it can paint them all.
// Thread-safe; the destructor drops the pages not started and waits for those under way.
class PageImages : public QObject
{
    Q_OBJECT
public:
    // nullptr and a reason in error when the PDF cannot be opened.
    static std::unique_ptr<PageImages> open(const QString &pdfPath, double dpi, QString *error = nullptr);
    ~PageImages() override;

    double dpi() const { return m_dpi; }
    int pageCount() const;
    // The page's image, or a null image while it is not rendered yet.
    QImage image(int page) const;
    // Renders the page on the calling thread (unless it is there already) and keeps it.
    QImage renderNow(int page);
    // Starts rendering, in page order, every page not rendered yet; once, later calls do nothing.
    void renderRest();
    bool isComplete() const;
    // Blocks until the background rendering has ended (for batch use and tests).
    void waitForRest();

Q_SIGNALS:
    // Every page has its image; emitted on the thread this object lives in.
    void completed();

private:
    PageImages(std::unique_ptr<PdfPages> pages, double dpi);
    void store(int page, const QImage &image);

    std::unique_ptr<PdfPages> m_pages;
    double m_dpi;
    mutable QMutex m_mutex;
    QVector<QImage> m_images;
    int m_ready = 0;
    bool m_started = false;
    std::atomic<bool> m_stopping{false};
    QThreadPool m_pool;
};

} // namespace diptych
