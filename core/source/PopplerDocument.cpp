#include "source/PopplerDocument.h"

#include <QFile>

#include <poppler-qt6.h>

namespace diptych {

namespace {

// Poppler reports every syntax problem of a damaged file on stderr; our callers get one
// clear message instead.
void silencePoppler()
{
    static const bool done = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

struct PopplerDocument::Private {
    std::unique_ptr<Poppler::Document> doc;

    std::unique_ptr<Poppler::Page> page(int index) const
    {
        if (index < 0 || index >= doc->numPages())
            return nullptr;
        return doc->page(index);
    }
};

PopplerDocument::PopplerDocument() : d(std::make_unique<Private>()) {}
PopplerDocument::~PopplerDocument() = default;

std::unique_ptr<PopplerDocument> PopplerDocument::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open: ") + file.errorString();
        return nullptr;
    }
    return fromData(file.readAll(), error);
}

std::unique_ptr<PopplerDocument> PopplerDocument::fromData(const QByteArray &data, QString *error)
{
    silencePoppler();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<PopplerDocument>();
    };
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    if (!doc)
        return fail(QStringLiteral("the PDF is damaged or truncated and cannot be read"));
    if (doc->isLocked())
        return fail(QStringLiteral("the PDF is password-protected"));
    if (doc->numPages() <= 0)
        return fail(QStringLiteral("the PDF has no pages"));
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    doc->setRenderHint(Poppler::Document::TextHinting);
    doc->setRenderHint(Poppler::Document::TextSlightHinting);
    std::unique_ptr<PopplerDocument> result(new PopplerDocument);
    result->d->doc = std::move(doc);
    return result;
}

int PopplerDocument::pageCount() const { return d->doc->numPages(); }

QSizeF PopplerDocument::pageSize(int index) const
{
    const auto page = d->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

QVector<PopplerDocument::TextWord> PopplerDocument::words(int index) const
{
    QVector<TextWord> result;
    const auto page = d->page(index);
    if (!page)
        return result;
    for (const auto &box : page->textList()) {
        const QString text = box->text();
        if (text.trimmed().isEmpty())
            continue;
        result.append({text, box->boundingBox(), box->hasSpaceAfter()});
    }
    return result;
}

QImage PopplerDocument::render(int index, double scale) const
{
    const auto page = d->page(index);
    if (!page || scale <= 0)
        return {};
    const double dpi = 72.0 * scale;
    return page->renderToImage(dpi, dpi);
}

} // namespace diptych
