#pragma once

#include "analysis/AnalysisService.h"
#include "print/PrintOptions.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
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
    static constexpr double kPreviewDpi = 150;

private:
    std::unique_ptr<PrintDocument> load(QWidget *parent, const QString &path) const;

    const AnalysisService *m_analyses;
    QString m_databasePath;
    PrintOptions m_last;
};

} // namespace diptych
