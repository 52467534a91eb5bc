#include "print/PdfUnderlay.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace diptych {

namespace {

void place(QPDF &target, QPDFPageObjectHelper &sheet, QPDFPageObjectHelper &page, const QRectF &rect)
{
    QPDFObjectHandle form = target.copyForeignObject(page.getFormXObjectForPage());
    QPDFObjectHandle resources = sheet.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        sheet.getObjectHandle().replaceKey("/Resources", resources);
    }
    if (!resources.getKey("/XObject").isDictionary())
        resources.replaceKey("/XObject", QPDFObjectHandle::newDictionary());
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/DiptychPage", suffix);
    resources.getKey("/XObject").replaceKey(name, form);
    // PDF rectangles count from the bottom of the sheet.
    const double height = sheet.getMediaBox().getArrayAsRectangle().ury;
    const QPDFObjectHandle::Rectangle r(rect.left(), height - rect.bottom(), rect.right(), height - rect.top());
    const std::string content = sheet.placeFormXObject(form, name, r, true, true, true);
    // Under what we painted: the marks sit on top of the text.
    sheet.addPageContents(QPDFObjectHandle::newStream(&target, content), true);
}

} // namespace

bool PdfUnderlay::apply(const QString &original, const QString &painted, const QVector<Placement> &placements,
                        const QString &out, QString *error)
{
    try {
        QPDF source;
        source.processFile(original.toLocal8Bit().constData());
        QPDF target;
        target.processFile(painted.toLocal8Bit().constData());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(source).getAllPages();
        std::vector<QPDFPageObjectHelper> sheets = QPDFPageDocumentHelper(target).getAllPages();
        for (const Placement &p : placements) {
            if (p.sheet < 0 || p.sheet >= int(sheets.size()) || p.sourcePage < 0 || p.sourcePage >= int(pages.size()))
                continue;
            place(target, sheets[p.sheet], pages[p.sourcePage], p.rect);
        }
        QPDFWriter writer(target, out.toLocal8Bit().constData());
        writer.write();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return false;
    }
}

} // namespace diptych
