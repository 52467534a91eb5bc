#include "source/PopplerDocument.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

QString markupType(Poppler::HighlightAnnotation::HighlightType type)
{
    switch (type) {
    case Poppler::HighlightAnnotation::Underline: return QStringLiteral("Underline");
    case Poppler::HighlightAnnotation::StrikeOut: return QStringLiteral("StrikeOut");
    case Poppler::HighlightAnnotation::Squiggly: return QStringLiteral("Squiggly");
    default: return QStringLiteral("Highlight");
    }
}

// Poppler gives annotation geometry in page fractions (0..1, origin top-left).
QRectF toPoints(const QRectF &normalized, const QSizeF &size)
{
    return QRectF(normalized.x() * size.width(), normalized.y() * size.height(), normalized.width() * size.width(),
                  normalized.height() * size.height());
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

namespace {

// One word as text with alpha 0, squeezed into its box: invisible on paper and screen, but a
// PDF viewer selects and finds it where the outlined glyphs are.
void paintInvisibleWord(QPainter *painter, const QString &text, const QRectF &box)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(1, qRound(box.height() * 0.8)));
    // No shaping, so no ligatures: "fi" must come back as two letters, not U+FB01.
    font.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF metrics(font);
    const double advance = metrics.horizontalAdvance(text);
    if (advance <= 0)
        return;
    painter->save();
    painter->setFont(font);
    painter->translate(box.left(), box.bottom() - metrics.descent() * 0.5);
    painter->scale(box.width() / advance, 1.0);
    painter->drawText(QPointF(0, 0), text);
    painter->restore();
}

} // namespace

bool PopplerDocument::paint(int index, QPainter *painter) const
{
    const auto page = d->page(index);
    if (!page || !painter)
        return false;
    // Poppler replaces the painter's scaling with its own (resolution / 72) and keeps only
    // the offset, so the scale goes in as the resolution and the transform as a translation.
    const QTransform world = painter->worldTransform();
    const double scale = std::sqrt(std::abs(world.determinant()));
    painter->save();
    painter->setWorldTransform(QTransform::fromTranslate(world.dx(), world.dy()));
    // The backend is a document setting; raster rendering (render()) keeps Splash.
    d->doc->setRenderBackend(Poppler::Document::QPainterBackend);
    const bool ok = page->renderToPainter(painter, 72.0 * scale, 72.0 * scale);
    d->doc->setRenderBackend(Poppler::Document::SplashBackend);
    painter->restore();
    if (!ok)
        return false;
    painter->save();
    painter->setPen(QColor(0, 0, 0, 0));
    for (const auto &box : page->textList()) {
        if (!box->text().trimmed().isEmpty())
            paintInvisibleWord(painter, box->text(), box->boundingBox());
    }
    painter->restore();
    return true;
}

QVector<PopplerDocument::PageAnnotation> PopplerDocument::annotations(int index) const
{
    QVector<PageAnnotation> result;
    const auto page = d->page(index);
    if (!page)
        return result;
    const QSizeF size = page->pageSizeF();
    for (const auto &annot : page->annotations({Poppler::Annotation::AHighlight, Poppler::Annotation::AText})) {
        PageAnnotation a;
        a.contents = annot->contents();
        a.author = annot->author();
        a.uniqueName = annot->uniqueName();
        a.created = annot->creationDate();
        a.modified = annot->modificationDate();
        a.color = annot->style().color();
        a.boundary = toPoints(annot->boundary(), size);
        if (annot->subType() == Poppler::Annotation::AHighlight) {
            const auto *markup = static_cast<const Poppler::HighlightAnnotation *>(annot.get());
            a.type = markupType(markup->highlightType());
            for (const auto &quad : markup->highlightQuads()) {
                double left = 1, top = 1, right = 0, bottom = 0;
                for (const QPointF &p : quad.points) {
                    left = std::min(left, p.x());
                    right = std::max(right, p.x());
                    top = std::min(top, p.y());
                    bottom = std::max(bottom, p.y());
                }
                a.quads.append(toPoints(QRectF(QPointF(left, top), QPointF(right, bottom)), size));
            }
        } else {
            a.type = QStringLiteral("Text");
        }
        result.append(a);
    }
    return result;
}

} // namespace diptych
