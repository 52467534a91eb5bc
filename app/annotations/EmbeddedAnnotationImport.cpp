#include "annotations/EmbeddedAnnotationImport.h"

#include "annotations/AnnotationModel.h"
#include "annotations/PdfAnnotationImporter.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace diptych {

namespace {

struct Found {
    QVector<Annotation> annotations;
    QString error;
};

} // namespace

EmbeddedAnnotationImport::EmbeddedAnnotationImport(AnnotationModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
}

EmbeddedAnnotationImport *EmbeddedAnnotationImport::start(AnnotationModel *model, const QString &pdfPath,
                                                          const AnalysisPtr &analysis, const QString &documentHash,
                                                          QObject *parent)
{
    auto *job = new EmbeddedAnnotationImport(model, parent);
    auto *watcher = new QFutureWatcher<Found>(job);
    connect(watcher, &QFutureWatcher<Found>::finished, job, [job, watcher] {
        const Found found = watcher->result();
        job->take(found.annotations, found.error);
    });
    watcher->setFuture(QtConcurrent::run([pdfPath, analysis, documentHash] {
        Found found;
        found.annotations = PdfAnnotationImporter::read(pdfPath, *analysis, documentHash, &found.error);
        return found;
    }));
    return job;
}

void EmbeddedAnnotationImport::take(const QVector<Annotation> &found, const QString &error)
{
    int added = 0;
    for (const Annotation &a : found) {
        if (m_model && !m_model->byId(a.id) && m_model->add(a))
            ++added;
    }
    Q_EMIT finished(added, error);
    deleteLater();
}

} // namespace diptych
