#include "source/PdfPages.h"

#include "source/PopplerDocument.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace diptych {

// Thread safety: a Poppler document must not be used by two threads at once, so render()
// borrows an instance from a pool and returns it afterwards. A worker that finds the pool
// empty opens its own instance from the same bytes; the pool thus grows to the number of
// threads that render at the same time, and rendering never waits on another page.
struct PdfPages::Private {
    QByteArray data;
    QVector<QSizeF> sizes;
    mutable QMutex mutex;
    mutable std::vector<std::unique_ptr<PopplerDocument>> pool;

    std::unique_ptr<PopplerDocument> borrow() const
    {
        {
            QMutexLocker lock(&mutex);
            if (!pool.empty()) {
                auto doc = std::move(pool.back());
                pool.pop_back();
                return doc;
            }
        }
        return PopplerDocument::fromData(data);
    }

    void giveBack(std::unique_ptr<PopplerDocument> doc) const
    {
        if (!doc)
            return;
        QMutexLocker lock(&mutex);
        pool.push_back(std::move(doc));
    }
};

PdfPages::PdfPages() : d(std::make_unique<Private>()) {}
PdfPages::~PdfPages() = default;

std::unique_ptr<PdfPages> PdfPages::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open: ") + file.errorString();
        return nullptr;
    }
    std::unique_ptr<PdfPages> pages(new PdfPages);
    pages->d->data = file.readAll();
    auto doc = PopplerDocument::fromData(pages->d->data, error);
    if (!doc)
        return nullptr;
    for (int i = 0; i < doc->pageCount(); ++i)
        pages->d->sizes.append(doc->pageSize(i));
    pages->d->giveBack(std::move(doc));
    return pages;
}

int PdfPages::pageCount() const { return d->sizes.size(); }

QSizeF PdfPages::pageSize(int page) const { return page >= 0 && page < d->sizes.size() ? d->sizes[page] : QSizeF(); }

QImage PdfPages::render(int page, double scale) const
{
    if (page < 0 || page >= d->sizes.size())
        return {};
    auto doc = d->borrow();
    if (!doc)
        return {};
    QImage image = doc->render(page, scale);
    d->giveBack(std::move(doc));
    return image;
}

} // namespace diptych
