#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QRunnable>

#include <atomic>
#include <functional>
#include <memory>

namespace diptych {

class PdfPages;

// Renders one page on a pool thread. A task whose generation is no longer current (the
// zoom changed, the view closed) returns without rendering: that is the cancellation.
class PageRenderTask : public QRunnable
{
public:
    using Deliver = std::function<void(int page, double scale, QImage image)>;

    PageRenderTask(std::shared_ptr<const PdfPages> pages, int page, double scale, double dpr, bool invert,
                   int generation, std::shared_ptr<std::atomic<int>> current, QObject *receiver, Deliver deliver);
    void run() override;

private:
    std::shared_ptr<const PdfPages> m_pages;
    int m_page;
    double m_scale;
    double m_dpr;
    bool m_invert;
    int m_generation;
    std::shared_ptr<std::atomic<int>> m_current;
    QPointer<QObject> m_receiver;
    Deliver m_deliver;
};

} // namespace diptych
