#include "pdfedit/PdfEditor.h"

#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace diptych {

namespace {

using Handle = QPDFObjectHandle;

std::string utf8(const QString &s) { return s.toStdString(); }

// Two decimals: a hundredth of a point is far below what a viewer can show, and the
// numbers stay short.
Handle real(double v) { return Handle::newReal(v, 2); }

Handle rectArray(const PdfEditor::Rect &r)
{
    Handle a = Handle::newArray();
    for (double v : {r.left, r.bottom, r.right, r.top})
        a.appendItem(real(v));
    return a;
}

Handle numberArray(const QVector<double> &numbers)
{
    Handle a = Handle::newArray();
    for (double v : numbers)
        a.appendItem(real(v));
    return a;
}

Handle colorArray(const QColor &c) { return numberArray({c.redF(), c.greenF(), c.blueF()}); }

Handle name(const QByteArray &withoutSlash) { return Handle::newName('/' + withoutSlash.toStdString()); }

Handle appearance(QPDF &pdf, const PdfEditor::Annotation &a)
{
    Handle stream = Handle::newStream(&pdf, a.appearance.toStdString());
    Handle dict = stream.getDict();
    dict.replaceKey("/Type", Handle::newName("/XObject"));
    dict.replaceKey("/Subtype", Handle::newName("/Form"));
    dict.replaceKey("/BBox", rectArray(a.rect));
    if (a.multiply) {
        dict.replaceKey("/Resources", Handle::parse("<< /ExtGState << /GS0 << /Type /ExtGState /BM /Multiply"
                                                    " /CA 1 /ca 1 >> >> >>"));
        dict.replaceKey("/Group", Handle::parse("<< /Type /Group /S /Transparency >>"));
    }
    Handle ap = Handle::newDictionary();
    ap.replaceKey("/N", stream);
    return ap;
}

Handle annotationObject(QPDF &pdf, const PdfEditor::Annotation &a, const Handle &page)
{
    Handle annot = Handle::newDictionary();
    annot.replaceKey("/Type", Handle::newName("/Annot"));
    annot.replaceKey("/Subtype", name(a.subtype));
    annot.replaceKey("/Contents", Handle::newUnicodeString(utf8(a.contents)));
    annot.replaceKey("/T", Handle::newUnicodeString(utf8(a.author)));
    annot.replaceKey("/NM", Handle::newUnicodeString(utf8(a.name)));
    annot.replaceKey("/M", Handle::newString(utf8(a.modified)));
    annot.replaceKey("/CreationDate", Handle::newString(utf8(a.created)));
    annot.replaceKey("/C", colorArray(a.color));
    annot.replaceKey("/P", page);
    annot.replaceKey("/Rect", rectArray(a.rect));
    if (!a.quadPoints.isEmpty())
        annot.replaceKey("/QuadPoints", numberArray(a.quadPoints));
    if (!a.icon.isEmpty()) {
        annot.replaceKey("/Name", name(a.icon));
        annot.replaceKey("/Open", Handle::newBool(false));
    }
    annot.replaceKey("/F", Handle::newInteger(a.flags));
    annot.replaceKey("/AP", appearance(pdf, a));
    return pdf.makeIndirectObject(annot);
}

bool named(Handle annotation, const QSet<QString> &names)
{
    return annotation.isDictionary() && annotation.getKey("/NM").isString()
           && names.contains(QString::fromStdString(annotation.getKey("/NM").getUTF8Value()));
}

// A new array of the annotations in annots whose /NM is not in names.
Handle annotationsWithout(Handle annots, const QSet<QString> &names)
{
    Handle kept = Handle::newArray();
    for (int i = 0; annots.isArray() && i < annots.getArrayNItems(); ++i) {
        if (!named(annots.getArrayItem(i), names))
            kept.appendItem(annots.getArrayItem(i));
    }
    return kept;
}

// A page's /Resources /XObject dictionary, made where the page has none.
Handle xobjectsOf(QPDFPageObjectHelper &page)
{
    Handle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = Handle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    if (!resources.getKey("/XObject").isDictionary())
        resources.replaceKey("/XObject", Handle::newDictionary());
    return resources;
}

// QPDF's reasons in the words the rest of the program uses (PopplerDocument's).
QString openFailure(const QString &path, bool pdfHeader, const std::exception &e)
{
    const auto *qpdf = dynamic_cast<const QPDFExc *>(&e);
    if (qpdf && qpdf->getErrorCode() == qpdf_e_password)
        return QStringLiteral("%1: the PDF is password-protected").arg(path);
    if (!pdfHeader)
        return QStringLiteral("%1: not a PDF").arg(path);
    const std::string detail = qpdf ? qpdf->getMessageDetail() : std::string(e.what());
    return QStringLiteral("%1: the PDF is damaged or truncated (%2)").arg(path, QString::fromStdString(detail));
}

} // namespace

PdfEditor::Rect PdfEditor::Frame::toPdf(const QRectF &onPage) const
{
    return {left + onPage.left(), bottom + height - onPage.bottom(), left + onPage.right(),
            bottom + height - onPage.top()};
}

struct PdfEditor::Private {
    QPDF pdf;
    std::vector<QPDFPageObjectHelper> pages;
    QString failure; // the first edit that failed; save() refuses with it

    bool hasPage(int page) const { return page >= 0 && page < int(pages.size()); }

    // Runs one edit; QPDF reports damage it meets on the way as an exception.
    void edit(const std::function<void()> &change)
    {
        if (!failure.isEmpty())
            return;
        try {
            change();
        } catch (const std::exception &e) {
            failure = QString::fromStdString(e.what());
        }
    }

    // A page out of range is the caller's mistake: the save fails rather than writing a
    // copy without the edit.
    void needPage(int page, const std::vector<QPDFPageObjectHelper> &of)
    {
        if (failure.isEmpty() && (page < 0 || page >= int(of.size())))
            failure = QStringLiteral("no page %1 (the document has %2)").arg(page + 1).arg(of.size());
    }
};

PdfEditor::PdfEditor() : d(std::make_unique<Private>()) {}
PdfEditor::~PdfEditor() = default;

std::unique_ptr<PdfEditor> PdfEditor::open(const QString &path, QString *error)
{
    QString reason;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        // QPDF tries to repair what lacks a header; a text file is better called not a PDF.
        const bool pdfHeader = file.read(1024).contains("%PDF-");
        file.close();
        std::unique_ptr<PdfEditor> editor(new PdfEditor);
        try {
            // Core never prints: what QPDF repairs silently is fine, what it cannot is thrown.
            editor->d->pdf.setSuppressWarnings(true);
            const QByteArray name = QFile::encodeName(path); // alive while QPDF reads it
            editor->d->pdf.processFile(name.constData());
            editor->d->pages = QPDFPageDocumentHelper(editor->d->pdf).getAllPages();
            return editor;
        } catch (const std::exception &e) {
            reason = openFailure(path, pdfHeader, e);
        }
    } else {
        reason = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
    }
    if (error)
        *error = reason;
    return nullptr;
}

int PdfEditor::pageCount() const { return int(d->pages.size()); }

PdfEditor::Frame PdfEditor::frame(int page) const
{
    if (!d->hasPage(page))
        return {};
    // The crop box, or the media box where the page has none.
    const Handle::Rectangle box = d->pages[page].getCropBox().getArrayAsRectangle();
    return Frame{std::min(box.llx, box.urx), std::min(box.lly, box.ury), std::abs(box.urx - box.llx),
                 std::abs(box.ury - box.lly)};
}

void PdfEditor::removeAnnotations(const QSet<QString> &names)
{
    d->edit([&] {
        for (QPDFPageObjectHelper &page : d->pages) {
            Handle pageObject = page.getObjectHandle();
            Handle kept = annotationsWithout(pageObject.getKey("/Annots"), names);
            // An empty /Annots is allowed but pointless; a page without annotations has none.
            if (kept.getArrayNItems() > 0)
                pageObject.replaceKey("/Annots", kept);
            else
                pageObject.removeKey("/Annots");
        }
    });
}

void PdfEditor::addAnnotation(int page, const Annotation &annotation)
{
    d->needPage(page, d->pages);
    d->edit([&] {
        Handle pageObject = d->pages[page].getObjectHandle();
        if (!pageObject.getKey("/Annots").isArray())
            pageObject.replaceKey("/Annots", Handle::newArray());
        pageObject.getKey("/Annots").appendItem(annotationObject(d->pdf, annotation, pageObject));
    });
}

void PdfEditor::placePage(const PdfEditor &source, int sourcePage, int page, const Rect &where)
{
    d->needPage(sourcePage, source.d->pages);
    d->needPage(page, d->pages);
    d->edit([&] {
        QPDFPageObjectHelper &target = d->pages[page];
        const Handle form = d->pdf.copyForeignObject(source.d->pages[sourcePage].getFormXObjectForPage());
        Handle resources = xobjectsOf(target);
        int suffix = 0;
        const std::string resourceName = resources.getUniqueResourceName("/DiptychPage", suffix);
        resources.getKey("/XObject").replaceKey(resourceName, form);
        const Handle::Rectangle r(where.left, where.bottom, where.right, where.top);
        const std::string content = target.placeFormXObject(form, resourceName, r, true, true, true);
        // First in the page's contents: under what is painted there already.
        target.addPageContents(Handle::newStream(&d->pdf, content), true);
    });
}

bool PdfEditor::save(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!d->failure.isEmpty())
        return fail(d->failure);
    const QString partial = path + QStringLiteral(".part");
    try {
        // QPDFWriter keeps the name's pointer until write(): the bytes must outlive it
        // (AddressSanitizer found a temporary freed before the write).
        const QByteArray name = QFile::encodeName(partial);
        QPDFWriter writer(d->pdf, name.constData());
        writer.write();
    } catch (const std::exception &e) {
        QFile::remove(partial);
        return fail(QString::fromStdString(e.what()));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return true;
}

} // namespace diptych
