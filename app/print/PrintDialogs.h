#pragma once

#include "analysis/AnalysisService.h"
#include "print/PrintOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;
class QPrintPreviewWidget;
class QWidget;

namespace diptych {

class PrintDocument;

// File › Print…, Print preview…, Export annotated PDF… and the comparison's Print
// handout…: the dialogs around core's AnnotatedPrinter and ComparisonHandout.
class PrintDialogs
{
    Q_DECLARE_TR_FUNCTIONS(diptych::PrintDialogs)
public:
    PrintDialogs(const AnalysisService *analyses, const QString &databasePath);

    void print(QWidget *parent, const QString &path);
    void preview(QWidget *parent, const QString &path);
    void exportPdf(QWidget *parent, const QString &path);
    void printHandout(QWidget *parent, const QString &agenda, const QString &verslag);

    // Paints the annotated copy on printer; a preview gets its pages as screen-resolution
    // images (far quicker than vectors), paper gets vectors. False when nothing was printed.
    static bool paint(const PrintDocument &doc, PrintOptions options, QPrinter *printer, QString *error = nullptr);
    // Has preview paint doc with the options of the moment whenever it asks, and once more
    // when the pages it first showed as placeholders have been rendered in the background:
    // the preview opens after one page, not after all of them.
    static void connectPreview(QPrintPreviewWidget *preview, const PrintDocument &doc,
                               std::function<PrintOptions()> options);

private:
    std::unique_ptr<PrintDocument> load(QWidget *parent, const QString &path) const;

    const AnalysisService *m_analyses;
    QString m_databasePath;
    PrintOptions m_last;
};

} // namespace diptych
