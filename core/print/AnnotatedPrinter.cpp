#include "print/AnnotatedPrinter.h"

#include "annotations/AnnotationAnchorer.h"
#include "print/MarginNotes.h"
#include "print/MarkPainter.h"
#include "print/NotesAppendix.h"
#include "print/PagedOutput.h"
#include "print/PdfPrintSource.h"
#include "print/TextPrintSource.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>

namespace diptych {

AnnotatedPrinter::AnnotatedPrinter(const Analysis &analysis, const QVector<Annotation> &annotations,
                                   const PopplerDocument *pdf, const PrintOptions &options, PageImages *previewImages)
    : m_title(analysis.title), m_options(options)
{
    const AnnotationAnchorer anchorer(analysis);
    for (const Annotation &a : annotations) {
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        if (p.placed())
            m_placed.append(AnnotationAnchorer::placed(a, p));
        else
            ++m_notPlaced;
    }
    if (pdf) {
        m_source = previewImages ? std::make_unique<PdfPrintSource>(*pdf, *previewImages)
                                 : std::make_unique<PdfPrintSource>(*pdf, options.rasterDpi);
        m_pdfPath = analysis.file;
    } else
        m_source = std::make_unique<TextPrintSource>(analysis, a4());
    m_plan = std::make_unique<PrintPlan>(*m_source, m_placed, m_options);
}

AnnotatedPrinter::~AnnotatedPrinter() = default;

QSizeF AnnotatedPrinter::a4() { return QPageSize(QPageSize::A4).size(QPageSize::Point); }

bool AnnotatedPrinter::print(QPagedPaintDevice &device, QString *error) const
{
    return printTo(device, m_options.adoptPageSizes, error);
}

bool AnnotatedPrinter::printTo(QPagedPaintDevice &device, bool adoptPageSizes, QString *error,
                               QVector<PdfUnderlay::Placement> *underlay) const
{
    if (m_plan->pages().isEmpty()) {
        if (error)
            *error = tr("no pages to print (page range or only annotated pages leaves none)");
        return false;
    }
    PagedOutput out(device, adoptPageSizes);
    QString pageError;
    const QVector<PrintedNote> appendix = printPages(out, &pageError, underlay);
    if (out.sheets() > 0 && !appendix.isEmpty())
        printAppendix(out, appendix);
    const bool ok = out.finish() && pageError.isEmpty();
    if (!ok && error)
        *error = pageError.isEmpty() ? tr("cannot write the pages (is the file writable?)") : pageError;
    return ok;
}

bool AnnotatedPrinter::writePdf(const QString &path, QString *error) const
{
    if (m_pdfPath.isEmpty()) {
        const auto writer = PagedOutput::pdfWriter(path, m_title);
        return printTo(*writer, true, error);
    }
    QTemporaryDir dir;
    const QString painted = dir.filePath(QStringLiteral("marks.pdf"));
    QVector<PdfUnderlay::Placement> placements;
    {
        const auto writer = PagedOutput::pdfWriter(painted, m_title);
        if (!printTo(*writer, true, error, &placements))
            return false;
    }
    return PdfUnderlay::apply(m_pdfPath, painted, placements, path, error);
}

// The pages with their marks; returns the notes that go to the appendix.
QVector<PrintedNote> AnnotatedPrinter::printPages(PagedOutput &out, QString *error,
                                                  QVector<PdfUnderlay::Placement> *underlay) const
{
    const bool margin = m_options.annotations && m_options.notes == NotePlacement::Margin && !m_plan->notes().isEmpty();
    const MarkPainter marks(m_options.greyscale);
    QVector<PrintedNote> leftOver;
    for (const int page : m_plan->pages()) {
        const QSizeF size = m_source->pageSize(page);
        QPainter *painter = out.beginSheet(size);
        if (!painter)
            return {};
        painter->save();
        const double scale = margin ? MarginNotes::kPageScale : 1.0;
        painter->scale(scale, scale);
        if (underlay)
            underlay->append({out.sheets() - 1, page, QRectF(QPointF(0, 0), size * scale)});
        else if (!m_source->paintPage(page, painter) && error)
            *error = tr("page %1 could not be painted").arg(page + 1);
        for (const PrintMark &mark : m_plan->marksOn(page))
            marks.paint(painter, mark);
        painter->restore();
        if (margin)
            leftOver += MarginNotes::paint(painter, size, m_plan->notesOn(page));
    }
    if (!m_options.annotations)
        return {};
    return margin ? leftOver : m_plan->notes();
}

void AnnotatedPrinter::printAppendix(PagedOutput &out, const QVector<PrintedNote> &notes) const
{
    const NotesAppendix appendix(notes, a4());
    for (int page = 0; page < appendix.pageCount(); ++page) {
        if (QPainter *painter = out.beginSheet(appendix.pageSize()))
            appendix.paint(page, painter);
    }
}

} // namespace diptych
