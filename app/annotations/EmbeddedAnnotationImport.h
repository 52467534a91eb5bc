#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/Annotation.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace diptych {

class AnnotationModel;

// Brings the annotations already inside a PDF (Acrobat, Okular, a Diptych export) into the
// library when the PDF is opened. Reading them means opening the file with Poppler again,
// so it runs on a worker thread; the results are added on the UI thread. Ids are stable
// (PdfAnnotationImporter), so an annotation already in the store is left as it is: opening
// the file again neither doubles it nor undoes the user's edits to it. Not an undo step:
// nothing the user did. Deletes itself when done.
class EmbeddedAnnotationImport : public QObject
{
    Q_OBJECT
public:
    static EmbeddedAnnotationImport *start(AnnotationModel *model, const QString &pdfPath, const AnalysisPtr &analysis,
                                           const QString &documentHash, QObject *parent);

Q_SIGNALS:
    // count annotations were new and added; error is empty unless the file could not be read.
    void finished(int count, const QString &error);

private:
    EmbeddedAnnotationImport(AnnotationModel *model, QObject *parent);
    void take(const QVector<Annotation> &found, const QString &error);

    QPointer<AnnotationModel> m_model;
};

} // namespace diptych
