#include "pdf/PageRenderTask.h"

#include "pdf/PageInversion.h"
#include "source/PdfPages.h"

#include <QMetaObject>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace diptych {

PageRenderTask::PageRenderTask(std::shared_ptr<const PdfPages> pages, int page, double scale, double dpr, bool invert,
                               int generation, std::shared_ptr<std::atomic<int>> current, QObject *receiver,
                               Deliver deliver)
    : m_pages(std::move(pages)), m_page(page), m_scale(scale), m_dpr(dpr), m_invert(invert), m_generation(generation),
      m_current(std::move(current)), m_receiver(receiver), m_deliver(std::move(deliver))
{
    setAutoDelete(true);
}

namespace {

// The view renders on one thread per core, so on a busy machine the UI thread competes
// with them for a core. QThread priorities do nothing under Linux's default scheduler,
// so the render threads are niced instead: the UI thread then wins every wake-up.
void yieldToTheUiThread()
{
#ifdef Q_OS_LINUX
    thread_local bool niced = false;
    if (!niced) {
        setpriority(PRIO_PROCESS, pid_t(gettid()), 5);
        niced = true;
    }
#endif
}

} // namespace

void PageRenderTask::run()
{
    yieldToTheUiThread();
    if (m_current->load() != m_generation)
        return;
    QImage image = m_pages->render(m_page, m_scale * m_dpr);
    if (m_invert)
        invertPageLightness(image);
    if (m_current->load() != m_generation)
        return;
    image.setDevicePixelRatio(m_dpr);
    // Delivered on the receiver's thread; dropped by Qt if the receiver is gone by then.
    QObject *receiver = m_receiver.data();
    if (!receiver)
        return;
    QMetaObject::invokeMethod(
        receiver, [deliver = m_deliver, page = m_page, scale = m_scale, image] { deliver(page, scale, image); },
        Qt::QueuedConnection);
}

} // namespace diptych
