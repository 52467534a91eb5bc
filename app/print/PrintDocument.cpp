#include "print/PrintDocument.h"

#include "analysis/Analyzer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "spelling/Speller.h"

namespace diptych {

std::unique_ptr<PrintDocument> PrintDocument::load(const QString &path, const AnalysisService *analyses,
                                                   const QString &databasePath, QString *error)
{
    auto doc = std::unique_ptr<PrintDocument>(new PrintDocument);
    doc->m_path = path;
    doc->m_analysis = analyses ? analyses->cached(path) : nullptr;
    if (!doc->m_analysis) {
        auto analysis = std::make_shared<Analysis>();
        QString reason;
        if (!Analyzer(Speller::shared()).analyzeFile(path, *analysis, reason)) {
            if (error)
                *error = reason;
            return nullptr;
        }
        doc->m_analysis = analysis;
    }
    if (doc->m_analysis->format == SourceFormat::Pdf && !(doc->m_pdf = PopplerDocument::open(path, error)))
        return nullptr;
    SqliteAnnotationStore store(databasePath);
    const QString hash = LibraryStore::hashFile(path);
    if (store.open() && !hash.isEmpty())
        doc->m_annotations = store.byDocument(hash);
    return doc;
}

std::unique_ptr<AnnotatedPrinter> PrintDocument::printer(const PrintOptions &options, PageImages *previewImages) const
{
    return std::make_unique<AnnotatedPrinter>(*m_analysis, m_annotations, m_pdf.get(), options, previewImages);
}

PageImages *PrintDocument::previewImages() const
{
    if (m_pdf && !m_previewImages)
        m_previewImages = PageImages::open(m_path, kPreviewDpi);
    return m_previewImages.get();
}

int PrintDocument::pageCount() const { return m_pdf ? m_pdf->pageCount() : m_analysis->pageCount; }

} // namespace diptych
