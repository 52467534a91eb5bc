#include "annotations/PdfAnnotationWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

namespace diptych {

namespace {

using Handle = QPDFObjectHandle;

std::string utf8(const QString &s) { return s.toStdString(); }

std::string num(double v) { return QString::number(v, 'f', 2).toStdString(); }

Handle real(double v) { return Handle::newReal(v, 2); }

// A quad in PDF user space: origin bottom-left of the crop box.
struct PdfRect {
    double left, bottom, right, top;
};

struct PageFrame {
    double llx = 0, lly = 0, height = 0;
    PdfRect toPdf(const QRectF &r) const
    {
        return {llx + r.left(), lly + height - r.bottom(), llx + r.right(), lly + height - r.top()};
    }
};

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

Handle rectArray(const PdfRect &r)
{
    Handle a = Handle::newArray();
    for (double v : {r.left, r.bottom, r.right, r.top})
        a.appendItem(real(v));
    return a;
}

Handle colorArray(const QColor &c)
{
    Handle a = Handle::newArray();
    for (double v : {c.redF(), c.greenF(), c.blueF()})
        a.appendItem(real(v));
    return a;
}

std::string colorOp(const QColor &c, const char *op)
{
    return num(c.redF()) + ' ' + num(c.greenF()) + ' ' + num(c.blueF()) + ' ' + op + '\n';
}

// Upper-left, upper-right, lower-left, lower-right: the order Acrobat writes and every
// reader (Poppler included) expects, whatever the spec's drawing says.
Handle quadPoints(const QVector<PdfRect> &quads)
{
    Handle a = Handle::newArray();
    for (const PdfRect &q : quads) {
        for (double v : {q.left, q.top, q.right, q.top, q.left, q.bottom, q.right, q.bottom})
            a.appendItem(real(v));
    }
    return a;
}

std::string markupContent(AnnotationKind kind, const QColor &color, const QVector<PdfRect> &quads)
{
    std::string s;
    if (kind == AnnotationKind::Highlight || kind == AnnotationKind::HighlightNote) {
        s = "/GS0 gs\n" + colorOp(color, "rg");
        for (const PdfRect &q : quads)
            s += num(q.left) + ' ' + num(q.bottom) + ' ' + num(q.right - q.left) + ' ' + num(q.top - q.bottom) + " re f\n";
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
std::string noteContent(const QColor &color, const PdfRect &r)
{
    const double w = r.right - r.left, h = r.top - r.bottom;
    std::string s = colorOp(color, "rg") + "0.25 0.25 0.25 RG 1 w\n";
    s += num(r.left + 0.5) + ' ' + num(r.bottom + 0.5) + ' ' + num(w - 1) + ' ' + num(h - 1) + " re B\n";
    for (int line = 1; line <= 3; ++line) {
        const double y = r.top - h * line / 4.0;
        s += num(r.left + w * 0.2) + ' ' + num(y) + " m " + num(r.right - w * 0.2) + ' ' + num(y) + " l S\n";
    }
    return s;
}

Handle appearance(QPDF &pdf, const PdfRect &bbox, const std::string &content, bool multiply)
{
    Handle stream = Handle::newStream(&pdf, content);
    Handle dict = stream.getDict();
    dict.replaceKey("/Type", Handle::newName("/XObject"));
    dict.replaceKey("/Subtype", Handle::newName("/Form"));
    dict.replaceKey("/BBox", rectArray(bbox));
    if (multiply) {
        dict.replaceKey("/Resources", Handle::parse("<< /ExtGState << /GS0 << /Type /ExtGState /BM /Multiply"
                                                    " /CA 1 /ca 1 >> >> >>"));
        dict.replaceKey("/Group", Handle::parse("<< /Type /Group /S /Transparency >>"));
    }
    Handle ap = Handle::newDictionary();
    ap.replaceKey("/N", stream);
    return ap;
}

const char *subtypeOf(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Underline:
        return "/Underline";
    case AnnotationKind::StrikeOut:
        return "/StrikeOut";
    case AnnotationKind::PageNote:
        return "/Text";
    default:
        return "/Highlight";
    }
}

Handle makeAnnotation(QPDF &pdf, const Annotation &a, const QVector<PdfRect> &quads, Handle page)
{
    Handle annot = Handle::newDictionary();
    annot.replaceKey("/Type", Handle::newName("/Annot"));
    annot.replaceKey("/Subtype", Handle::newName(subtypeOf(a.kind)));
    annot.replaceKey("/Contents", Handle::newUnicodeString(utf8(a.note)));
    annot.replaceKey("/T", Handle::newUnicodeString(utf8(a.author)));
    annot.replaceKey("/NM", Handle::newUnicodeString(utf8(a.id)));
    annot.replaceKey("/M", Handle::newString(utf8(PdfAnnotationWriter::pdfDate(a.modified))));
    annot.replaceKey("/CreationDate", Handle::newString(utf8(PdfAnnotationWriter::pdfDate(a.created))));
    annot.replaceKey("/C", colorArray(a.color));
    annot.replaceKey("/P", page);
    if (a.kind == AnnotationKind::PageNote) {
        const PdfRect r = quads.first();
        annot.replaceKey("/Rect", rectArray(r));
        annot.replaceKey("/Name", Handle::newName("/Comment"));
        annot.replaceKey("/Open", Handle::newBool(false));
        annot.replaceKey("/F", Handle::newInteger(4 | 8 | 16)); // print, no zoom, no rotate
        annot.replaceKey("/AP", appearance(pdf, r, noteContent(a.color, r), false));
    } else {
        const bool highlight = a.kind == AnnotationKind::Highlight || a.kind == AnnotationKind::HighlightNote;
        const PdfRect rect = unite(quads, 1);
        annot.replaceKey("/Rect", rectArray(rect));
        annot.replaceKey("/QuadPoints", quadPoints(quads));
        annot.replaceKey("/F", Handle::newInteger(4));
        annot.replaceKey("/AP", appearance(pdf, rect, markupContent(a.kind, a.color, quads), highlight));
    }
    return pdf.makeIndirectObject(annot);
}

PageFrame frameOf(QPDFPageObjectHelper &page)
{
    const Handle::Rectangle box = page.getCropBox().getArrayAsRectangle();
    return PageFrame{std::min(box.llx, box.urx), std::min(box.lly, box.ury), std::abs(box.ury - box.lly)};
}

// The page's /Annots without our annotations of an earlier export (same /NM).
Handle annotsWithout(Handle pageObject, const QSet<QString> &ids)
{
    Handle annots = pageObject.getKey("/Annots");
    Handle kept = Handle::newArray();
    if (annots.isArray()) {
        for (int i = 0; i < annots.getArrayNItems(); ++i) {
            Handle item = annots.getArrayItem(i);
            const bool ours = item.isDictionary() && item.getKey("/NM").isString()
                              && ids.contains(QString::fromStdString(item.getKey("/NM").getUTF8Value()));
            if (!ours)
                kept.appendItem(item);
        }
    }
    return kept;
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
    const QString partial = outPath + QStringLiteral(".part");
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(inPath).constData());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        QSet<QString> ids;
        for (const Annotation &a : annotations)
            ids.insert(a.id);
        QVector<Handle> annots;
        for (QPDFPageObjectHelper &page : pages)
            annots.append(annotsWithout(page.getObjectHandle(), ids));
        for (const Annotation &a : annotations) {
            bool drawn = false;
            for (const PageArea &area : a.areas) {
                if (area.page < 0 || area.page >= int(pages.size()) || area.quads.isEmpty())
                    continue;
                const PageFrame frame = frameOf(pages[area.page]);
                QVector<PdfRect> quads;
                for (const QRectF &q : area.quads)
                    quads.append(frame.toPdf(q));
                annots[area.page].appendItem(makeAnnotation(pdf, a, quads, pages[area.page].getObjectHandle()));
                ++result.written;
                drawn = true;
            }
            if (!drawn)
                ++result.skipped;
        }
        for (int p = 0; p < int(pages.size()); ++p) {
            Handle pageObject = pages[p].getObjectHandle();
            if (annots[p].getArrayNItems() > 0)
                pageObject.replaceKey("/Annots", annots[p]);
            else
                pageObject.removeKey("/Annots");
        }
        QPDFWriter writer(pdf, QFile::encodeName(partial).constData());
        writer.write();
    } catch (const std::exception &e) {
        QFile::remove(partial);
        result.error = QString::fromStdString(e.what());
        return result;
    }
    QFile::remove(outPath);
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        result.error = QStringLiteral("cannot write %1").arg(outPath);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace diptych
