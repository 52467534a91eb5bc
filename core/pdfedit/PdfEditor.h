#pragma once

#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace diptych {

// An open PDF that we change and save as a new file: the one place that talks to QPDF
// (PdfAnnotationWriter adds annotations with it, PdfUnderlay places original pages under
// painted sheets). Everything it takes and hands out is our own type, so no other file
// includes a QPDF header; what an annotation looks like and which page goes where stay
// with those callers.
//
// QPDF reads objects when they are first used, so an edit can fail after open() on a
// damaged file. A failed edit is remembered and makes save() fail with its reason: a
// caller checks once, at the end, and never gets a file with half its edits.
class PdfEditor
{
public:
    // A rectangle in PDF user space: points, origin bottom-left, y upwards.
    struct Rect {
        double left = 0, bottom = 0, right = 0, top = 0;
    };

    // Where a page's crop box lies in user space: what a viewer shows of the page, and
    // what our page coordinates (points, origin top-left of the visible page) count from.
    struct Frame {
        double left = 0, bottom = 0, width = 0, height = 0;
        Rect toPdf(const QRectF &onPage) const;
    };

    // A standard annotation as it goes into the file, every field written as given.
    struct Annotation {
        QByteArray subtype; // PDF name without the slash: "Highlight", "Text", ...
        Rect rect; // /Rect, also the bounding box of the appearance
        QVector<double> quadPoints; // /QuadPoints, 8 numbers a quad; empty: none written
        QColor color; // /C
        QString contents, author, name; // /Contents, /T, /NM
        QString modified, created; // PDF dates: /M, /CreationDate
        int flags = 0; // /F
        QByteArray icon; // /Name of a Text annotation's icon (written closed); empty: none
        QByteArray appearance; // the content stream of /AP /N, in user space
        // The appearance multiplies its colour onto the page (a transparency group with
        // blend mode Multiply named /GS0), so a highlight leaves the text readable.
        bool multiply = false;
    };

    ~PdfEditor();

    // nullptr and a plain-words reason, naming the file, in error when the file is missing,
    // not a PDF, password-protected, or damaged or truncated beyond QPDF's repair.
    static std::unique_ptr<PdfEditor> open(const QString &path, QString *error = nullptr);

    int pageCount() const;
    Frame frame(int page) const; // a zero frame for a page that does not exist

    // Removes the annotations whose /NM is in names from every page: ours of an earlier
    // export, so writing again replaces instead of doubling.
    void removeAnnotations(const QSet<QString> &names);
    void addAnnotation(int page, const Annotation &annotation);
    // Puts page sourcePage of source, untouched, as a form XObject under what page of this
    // document already shows, scaled into where (aspect ratio kept, centred). source must
    // stay open until save().
    void placePage(const PdfEditor &source, int sourcePage, int page, const Rect &where);

    // Writes the document to path whole or not at all (a ".part" file beside it, renamed
    // over path when complete). False with the reason when an edit or the writing failed.
    bool save(const QString &path, QString *error = nullptr);

private:
    PdfEditor();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace diptych
