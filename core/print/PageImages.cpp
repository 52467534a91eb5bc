#include "print/PageImages.h"

#include "source/PdfPages.h"

#include <QMutexLocker>
#include <QThread>

namespace diptych {

PageImages::PageImages(std::unique_ptr<PdfPages> pages, double dpi) : m_pages(std::move(pages)), m_dpi(dpi)
{
    m_images.resize(m_pages->pageCount());
    // One core stays with the window, which lays out and draws the preview meanwhile.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

PageImages::~PageImages()
{
    m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
}

std::unique_ptr<PageImages> PageImages::open(const QString &pdfPath, double dpi, QString *error)
{
    auto pages = PdfPages::open(pdfPath, error);
    if (!pages)
        return nullptr;
    return std::unique_ptr<PageImages>(new PageImages(std::move(pages), dpi));
}

int PageImages::pageCount() const { return m_images.size(); }

QImage PageImages::image(int page) const
{
    QMutexLocker lock(&m_mutex);
    return page >= 0 && page < m_images.size() ? m_images[page] : QImage();
}

QImage PageImages::renderNow(int page)
{
    QImage ready = image(page);
    if (ready.isNull() && page >= 0 && page < pageCount()) {
        ready = m_pages->render(page, m_dpi / 72.0);
        store(page, ready);
    }
    return ready;
}

void PageImages::renderRest()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_started)
            return;
        m_started = true;
    }
    for (int page = 0; page < pageCount(); ++page) {
        if (!image(page).isNull())
            continue;
        m_pool.start([this, page] {
            if (!m_stopping && image(page).isNull())
                store(page, m_pages->render(page, m_dpi / 72.0));
        });
    }
}

bool PageImages::isComplete() const
{
    QMutexLocker lock(&m_mutex);
    return m_ready == m_images.size();
}

void PageImages::waitForRest() { m_pool.waitForDone(); }

void PageImages::store(int page, const QImage &image)
{
    // A page that fails to render counts as done: the preview shows it blank, not pending.
    QImage kept = image;
    if (kept.isNull()) {
        kept = QImage(1, 1, QImage::Format_RGB32);
        kept.fill(Qt::white);
    }
    bool complete = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_images[page].isNull())
            return;
        m_images[page] = kept;
        complete = ++m_ready == m_images.size();
    }
    if (complete)
        QMetaObject::invokeMethod(this, &PageImages::completed, Qt::QueuedConnection);
}

} // namespace diptych
