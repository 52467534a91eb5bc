#pragma once

#include "model/Analysis.h"
#include "print/PdfUnderlay.h"
#include "print/PrintOptions.h"
#include "print/PrintPlan.h"
#include "print/PrintSource.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;

namespace diptych {

class PageImages;
class PopplerDocument;

// An annotated copy of a document on any paged device: a PDF writer for "export annotated
// PDF", a printer, or the print preview. PDF pages are painted as vectors (their text stays
// selectable); a text document's reading text is laid out on A4. Highlights, underlines and
// strike-outs go where they are, each note as a numbered marker with its text in the margin
// or in the "Notes" appendix (see PrintOptions).
class AnnotatedPrinter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatedPrinter)

public:
    // pdf: the document's pages, or nullptr for a text document. The annotations are placed
    // afresh in analysis, so they follow the document as it is read now; what cannot be
    // placed is left out (notPlaced() counts it). previewImages: for a print preview, the
    // PDF's pages come from there, the first at once and the others as they are rendered
    // (see PdfPrintSource); it must outlive this printer.
    AnnotatedPrinter(const Analysis &analysis, const QVector<Annotation> &annotations, const PopplerDocument *pdf,
                     const PrintOptions &options, PageImages *previewImages = nullptr);
    ~AnnotatedPrinter();

    // Paints every sheet; false with a plain-words reason when there is nothing to print or
    // the device fails (an unwritable file).
    bool print(QPagedPaintDevice &device, QString *error = nullptr) const;
    // The annotated copy as a PDF file, each page at its own size. A PDF's pages go in as
    // they are (PdfUnderlay) under the marks we paint, so fonts and text stay the original's.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    const PrintPlan &plan() const { return *m_plan; }
    int notPlaced() const { return m_notPlaced; }

    static QSizeF a4();

private:
    // underlay: when given, the pages are left blank and where they go is recorded instead.
    bool printTo(QPagedPaintDevice &device, bool adoptPageSizes, QString *error,
                 QVector<PdfUnderlay::Placement> *underlay = nullptr) const;
    QVector<PrintedNote> printPages(class PagedOutput &out, QString *error,
                                    QVector<PdfUnderlay::Placement> *underlay) const;
    void printAppendix(class PagedOutput &out, const QVector<PrintedNote> &notes) const;

    QString m_title;
    QString m_pdfPath; // the original PDF; empty for a text document
    PrintOptions m_options;
    QVector<Annotation> m_placed;
    int m_notPlaced = 0;
    std::unique_ptr<PrintSource> m_source;
    std::unique_ptr<PrintPlan> m_plan;
};

} // namespace diptych
