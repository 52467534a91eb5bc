#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/Annotation.h"
#include "print/AnnotatedPrinter.h"
#include "print/PageImages.h"
#include "source/PopplerDocument.h"

#include <QCoreApplication>

#include <memory>

namespace diptych {

// A document gathered for printing: its analysis (from the analysis cache, or read on the
// spot), its annotations from the library's database and, for a PDF, its pages.
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(diptych::PrintDocument)
public:
    // nullptr with a reason in error when the file cannot be read.
    static std::unique_ptr<PrintDocument> load(const QString &path, const AnalysisService *analyses,
                                               const QString &databasePath, QString *error);

    // previewImages: for a print preview (see previewImages()), else the pages go as vectors.
    std::unique_ptr<AnnotatedPrinter> printer(const PrintOptions &options, PageImages *previewImages = nullptr) const;
    // A PDF's pages as images for the print preview, opened on first use and kept, so a
    // preview painted again (other options) does not render them again; nullptr for a
    // text document.
    PageImages *previewImages() const;
    const Analysis &analysis() const { return *m_analysis; }
    int pageCount() const;

    // Screen resolution is all a preview needs, and many times quicker than vectors.
    static constexpr double kPreviewDpi = 150;

private:
    QString m_path;
    AnalysisPtr m_analysis;
    QVector<Annotation> m_annotations;
    std::unique_ptr<PopplerDocument> m_pdf;
    mutable std::unique_ptr<PageImages> m_previewImages;
};

} // namespace diptych
