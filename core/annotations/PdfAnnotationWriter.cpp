#include "annotations/PdfAnnotationWriter.h"

#include "pdfedit/PdfEditor.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace diptych {

namespace {

using PdfRect = PdfEditor::Rect;

QByteArray num(double v) { return QByteArray::number(v, 'f', 2); }

PdfRect unite(const QVector<PdfRect> &rects, double margin)
{
    PdfRect u = rects.first();
    for (const PdfRect &r : rects) {
        u.left = std::min(u.left, r.left);
        u.bottom = std::min(u.bottom, r.bottom);
        u.right = std::max(u.right, r.right);
        u.top = std::max(u.top, r.top);
    }
    return {u.left - margin, u.bottom - margin, u.right + margin, u.top + margin};
}

QByteArray colorOp(const QColor &c, const char *op)
{
    return num(c.redF()) + ' ' + num(c.greenF()) + ' ' + num(c.blueF()) + ' ' + op + '\n';
}

// Upper-left, upper-right, lower-left, lower-right: the order Acrobat writes and every
// reader (Poppler included) expects, whatever the spec's drawing says.
QVector<double> quadPoints(const QVector<PdfRect> &quads)
{
    QVector<double> points;
    for (const PdfRect &q : quads)
        points << q.left << q.top << q.right << q.top << q.left << q.bottom << q.right << q.bottom;
    return points;
}

bool isHighlight(AnnotationKind kind)
{
    return kind == AnnotationKind::Highlight || kind == AnnotationKind::HighlightNote;
}

QByteArray markupContent(AnnotationKind kind, const QColor &color, const QVector<PdfRect> &quads)
{
    QByteArray s;
    if (isHighlight(kind)) {
        s = "/GS0 gs\n" + colorOp(color, "rg");
        for (const PdfRect &q : quads)
            s += num(q.left) + ' ' + num(q.bottom) + ' ' + num(q.right - q.left) + ' ' + num(q.top - q.bottom)
                 + " re f\n";
        return s;
    }
    s = colorOp(color, "RG");
    for (const PdfRect &q : quads) {
        const double h = q.top - q.bottom;
        const double width = std::max(0.5, h / 14);
        const double y = kind == AnnotationKind::Underline ? q.bottom + width : q.bottom + h * 0.45;
        s += num(width) + " w " + num(q.left) + ' ' + num(y) + " m " + num(q.right) + ' ' + num(y) + " l S\n";
    }
    return s;
}

// A note icon: a sheet in the note's colour with a dark edge and three lines of "text".
QByteArray noteContent(const QColor &color, const PdfRect &r)
{
    const double w = r.right - r.left, h = r.top - r.bottom;
    QByteArray s = colorOp(color, "rg") + "0.25 0.25 0.25 RG 1 w\n";
    s += num(r.left + 0.5) + ' ' + num(r.bottom + 0.5) + ' ' + num(w - 1) + ' ' + num(h - 1) + " re B\n";
    for (int line = 1; line <= 3; ++line) {
        const double y = r.top - h * line / 4.0;
        s += num(r.left + w * 0.2) + ' ' + num(y) + " m " + num(r.right - w * 0.2) + ' ' + num(y) + " l S\n";
    }
    return s;
}

QByteArray subtypeOf(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Underline: return "Underline";
    case AnnotationKind::StrikeOut: return "StrikeOut";
    case AnnotationKind::PageNote: return "Text";
    default: return "Highlight";
    }
}

// What one of our annotations looks like in the PDF on one page, quads in user space.
PdfEditor::Annotation describe(const Annotation &a, const QVector<PdfRect> &quads)
{
    PdfEditor::Annotation pdf;
    pdf.subtype = subtypeOf(a.kind);
    pdf.contents = a.note;
    pdf.author = a.author;
    pdf.name = a.id;
    pdf.modified = PdfAnnotationWriter::pdfDate(a.modified);
    pdf.created = PdfAnnotationWriter::pdfDate(a.created);
    pdf.color = a.color;
    if (a.kind == AnnotationKind::PageNote) {
        pdf.rect = quads.first();
        pdf.icon = "Comment";
        pdf.flags = 4 | 8 | 16; // print, no zoom, no rotate
        pdf.appearance = noteContent(a.color, pdf.rect);
    } else {
        pdf.rect = unite(quads, 1);
        pdf.quadPoints = quadPoints(quads);
        pdf.flags = 4; // print
        pdf.appearance = markupContent(a.kind, a.color, quads);
        pdf.multiply = isHighlight(a.kind);
    }
    return pdf;
}

QSet<QString> idsOf(const QVector<Annotation> &annotations)
{
    QSet<QString> ids;
    for (const Annotation &a : annotations)
        ids.insert(a.id);
    return ids;
}

// Adds one PDF annotation per page the annotation has quads on; false when it has none.
bool add(PdfEditor &pdf, const Annotation &a, int *written)
{
    bool drawn = false;
    for (const PageArea &area : a.areas) {
        if (area.page < 0 || area.page >= pdf.pageCount() || area.quads.isEmpty())
            continue;
        const PdfEditor::Frame frame = pdf.frame(area.page);
        QVector<PdfRect> quads;
        for (const QRectF &q : area.quads)
            quads.append(frame.toPdf(q));
        pdf.addAnnotation(area.page, describe(a, quads));
        ++*written;
        drawn = true;
    }
    return drawn;
}

} // namespace

QString PdfAnnotationWriter::pdfDate(const QDateTime &time)
{
    const QDateTime utc = (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC();
    return QStringLiteral("D:") + utc.toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

PdfAnnotationWriter::Result PdfAnnotationWriter::write(const QString &inPath, const QString &outPath,
                                                       const QVector<Annotation> &annotations)
{
    Result result;
    if (QFileInfo(inPath).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath()) {
        result.error = QStringLiteral("the output must be another file than the input");
        return result;
    }
    const std::unique_ptr<PdfEditor> pdf = PdfEditor::open(inPath, &result.error);
    if (!pdf)
        return result;
    pdf->removeAnnotations(idsOf(annotations));
    for (const Annotation &a : annotations) {
        if (!add(*pdf, a, &result.written))
            ++result.skipped;
    }
    result.ok = pdf->save(outPath, &result.error);
    return result;
}

} // namespace diptych
