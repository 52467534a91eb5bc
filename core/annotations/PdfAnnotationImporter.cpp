#include "annotations/PdfAnnotationImporter.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/TextGeometry.h"
#include "source/PopplerDocument.h"

#include <QHash>
#include <QUuid>

namespace diptych {

namespace {

std::optional<AnnotationKind> kindOf(const PopplerDocument::PageAnnotation &p)
{
    if (p.type == QLatin1String("Highlight"))
        return p.contents.trimmed().isEmpty() ? AnnotationKind::Highlight : AnnotationKind::HighlightNote;
    if (p.type == QLatin1String("Underline") || p.type == QLatin1String("Squiggly"))
        return AnnotationKind::Underline;
    if (p.type == QLatin1String("StrikeOut"))
        return AnnotationKind::StrikeOut;
    if (p.type == QLatin1String("Text"))
        return AnnotationKind::PageNote;
    return std::nullopt;
}

QString idOf(const PopplerDocument::PageAnnotation &p, const QString &hash, int page, int index)
{
    const QUuid own(p.uniqueName);
    if (!own.isNull())
        return own.toString(QUuid::WithoutBraces);
    const QString name = p.uniqueName.isEmpty() ? QString::number(index) : p.uniqueName;
    return QUuid::createUuidV5(QUuid(), hash + QLatin1Char('/') + QString::number(page) + QLatin1Char('/') + name)
        .toString(QUuid::WithoutBraces);
}

QDateTime utcOr(const QDateTime &time, const QDateTime &fallback) { return time.isValid() ? time.toUTC() : fallback; }

} // namespace

QVector<Annotation> PdfAnnotationImporter::read(const QString &pdfPath, const Analysis &analysis,
                                                const QString &documentHash, QString *error)
{
    QVector<Annotation> out;
    const auto pdf = PopplerDocument::open(pdfPath, error);
    if (!pdf)
        return out;
    const TextGeometry geometry(analysis);
    const AnnotationAnchorer anchorer(analysis);
    QHash<QString, int> byId;
    for (int page = 0; page < pdf->pageCount(); ++page) {
        const QVector<PopplerDocument::PageAnnotation> found = pdf->annotations(page);
        for (int i = 0; i < found.size(); ++i) {
            const PopplerDocument::PageAnnotation &p = found[i];
            const std::optional<AnnotationKind> kind = kindOf(p);
            if (!kind)
                continue;
            const QString id = idOf(p, documentHash, page, i);
            const QVector<QRectF> quads = *kind == AnnotationKind::PageNote ? QVector<QRectF>{p.boundary} : p.quads;
            if (byId.contains(id)) {
                out[byId.value(id)].areas.append(PageArea{page, quads});
                continue;
            }
            Annotation a;
            a.id = id;
            a.documentHash = documentHash;
            a.kind = *kind;
            a.color = p.color.isValid() ? p.color : Annotation::defaultColor(*kind);
            a.author = p.author;
            a.note = p.contents;
            a.modified = utcOr(p.modified, Annotation::nowUtc());
            a.created = utcOr(p.created, a.modified);
            a.areas = {PageArea{page, quads}};
            byId.insert(id, out.size());
            out.append(a);
        }
    }
    // The quote is taken over all pages once every area is known.
    for (Annotation &a : out) {
        if (a.kind == AnnotationKind::PageNote)
            continue;
        TextPositionSelector range;
        for (const PageArea &area : a.areas) {
            const TextPositionSelector r = geometry.rangeFor(area.page, area.quads);
            if (!r.isValid())
                continue;
            range.start = range.isValid() ? qMin(range.start, r.start) : r.start;
            range.end = qMax(range.end, r.end);
        }
        if (range.isValid()) {
            a.quote = anchorer.quoteFor(range.start, range.end);
            a.position = range;
        }
    }
    return out;
}

} // namespace diptych
