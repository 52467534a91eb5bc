#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/Annotation.h"
#include "print/AnnotatedPrinter.h"
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

    std::unique_ptr<AnnotatedPrinter> printer(const PrintOptions &options) const;
    const Analysis &analysis() const { return *m_analysis; }
    int pageCount() const;

private:
    AnalysisPtr m_analysis;
    QVector<Annotation> m_annotations;
    std::unique_ptr<PopplerDocument> m_pdf;
};

} // namespace diptych
