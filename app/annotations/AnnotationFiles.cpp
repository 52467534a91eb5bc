#include "annotations/AnnotationFiles.h"

#include "annotations/AddAnnotationCommand.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationModel.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/PdfAnnotationWriter.h"
#include "annotations/WebAnnotationJson.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>

namespace diptych {

namespace {

// The letter's annotations (its own and those of its other files) placed in this file.
QVector<Annotation> placedHere(const DocumentAnnotations &annotations)
{
    const AnnotationAnchorer anchorer(annotations.analysis());
    QVector<Annotation> out;
    for (const Annotation &a : annotations.model()->byDocuments(annotations.documentHashes())) {
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        if (p.placed()) {
            Annotation here = AnnotationAnchorer::placed(a, p);
            here.documentHash = annotations.documentHash();
            out << here;
        }
    }
    return out;
}

} // namespace

AnnotationFiles::AnnotationFiles(QWidget *parent) : QObject(parent), m_parent(parent) {}

bool AnnotationFiles::writePdf(AnnotationController *controller, const QString &documentPath, const QString &outPath,
                               QString *error)
{
    const DocumentAnnotations *annotations = controller ? controller->annotations() : nullptr;
    if (!annotations) {
        *error = tr("The letter is not analysed yet.");
        return false;
    }
    const PdfAnnotationWriter::Result r = PdfAnnotationWriter::write(documentPath, outPath, placedHere(*annotations));
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

bool AnnotationFiles::writeJson(AnnotationController *controller, const QString &outPath, QString *error)
{
    const DocumentAnnotations *annotations = controller ? controller->annotations() : nullptr;
    if (!annotations) {
        *error = tr("The letter is not analysed yet.");
        return false;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(WebAnnotationJson::exportCollection(placedHere(*annotations))) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool AnnotationFiles::readJson(AnnotationController *controller, const QString &jsonPath, int *placed, int *notPlaced,
                               QString *error)
{
    const DocumentAnnotations *annotations = controller ? controller->annotations() : nullptr;
    QFile file(jsonPath);
    if (!annotations || !file.open(QIODevice::ReadOnly)) {
        *error = annotations ? file.errorString() : tr("The letter is not analysed yet.");
        return false;
    }
    const QVector<Annotation> read = WebAnnotationJson::parse(file.readAll(), error);
    if (read.isEmpty())
        return error->isEmpty() ? (*error = tr("The file holds no annotations."), false) : false;
    const AnnotationAnchorer anchorer(annotations->analysis());
    *placed = *notPlaced = 0;
    auto *all = new QUndoCommand(tr("Import %n annotation(s)", nullptr, int(read.size())));
    for (Annotation a : read) {
        a.documentHash = annotations->documentHash();
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        p.placed() ? ++*placed : ++*notPlaced;
        new AddAnnotationCommand(annotations->model(), p.placed() ? AnnotationAnchorer::placed(a, p) : a, all);
    }
    controller->undoStack()->push(all);
    return true;
}

QString AnnotationFiles::saveName(const QString &title, const QString &suggested, const QString &filter) const
{
    return QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
}

void AnnotationFiles::exportPdf(AnnotationController *controller, const QString &documentPath)
{
    const QFileInfo in(documentPath);
    const QString out = saveName(tr("Export PDF with annotations"),
                                 in.dir().filePath(in.completeBaseName() + tr("-annotations") + QStringLiteral(".pdf")),
                                 tr("PDF documents (*.pdf)"));
    QString error;
    if (!out.isEmpty() && !writePdf(controller, documentPath, out, &error))
        QMessageBox::warning(m_parent, tr("Export PDF with annotations"),
                             tr("%1 could not be written: %2").arg(QFileInfo(out).fileName(), error));
}

void AnnotationFiles::exportJson(AnnotationController *controller, const QString &documentPath)
{
    const QFileInfo in(documentPath);
    const QString out = saveName(tr("Export annotations"),
                                 in.dir().filePath(in.completeBaseName() + QStringLiteral(".annotations.json")),
                                 tr("W3C Web Annotations (*.json *.jsonld)"));
    QString error;
    if (!out.isEmpty() && !writeJson(controller, out, &error))
        QMessageBox::warning(m_parent, tr("Export annotations"),
                             tr("%1 could not be written: %2").arg(QFileInfo(out).fileName(), error));
}

void AnnotationFiles::importJson(AnnotationController *controller)
{
    const QString in = QFileDialog::getOpenFileName(m_parent, tr("Import annotations"), QString(),
                                                    tr("W3C Web Annotations (*.json *.jsonld)"));
    if (in.isEmpty())
        return;
    int placed = 0, notPlaced = 0;
    QString error;
    if (!readJson(controller, in, &placed, &notPlaced, &error)) {
        QMessageBox::warning(m_parent, tr("Import annotations"),
                             tr("%1 could not be imported: %2").arg(QFileInfo(in).fileName(), error));
        return;
    }
    if (notPlaced > 0)
        QMessageBox::information(m_parent, tr("Import annotations"),
                                 tr("%1 placed, %2 not found in this letter: they are listed under "
                                    "\"Not placed\" in the Annotations panel.")
                                     .arg(placed)
                                     .arg(notPlaced));
}

} // namespace diptych
