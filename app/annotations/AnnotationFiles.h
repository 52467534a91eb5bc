#pragma once

#include <QObject>

class QWidget;

namespace diptych {

class AnnotationController;

// The annotations of the open letter to and from files other programs read:
//  - a copy of the PDF with standard PDF annotations (Highlight/Underline/StrikeOut/Text,
//    with appearance streams) that browsers, Okular and Acrobat show;
//  - W3C Web Annotation JSON (Hypothesis and others), out and in.
// Imported annotations are placed by their quote and added in one undo step; those that
// find no place are kept and listed under "Not placed".
class AnnotationFiles : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationFiles(QWidget *parent);

    void exportPdf(AnnotationController *controller, const QString &documentPath);
    void exportJson(AnnotationController *controller, const QString &documentPath);
    void importJson(AnnotationController *controller);

    // Without dialogs, for scripts and tests; false and error on failure.
    static bool writePdf(AnnotationController *controller, const QString &documentPath, const QString &outPath,
                         QString *error);
    static bool writeJson(AnnotationController *controller, const QString &outPath, QString *error);
    // placed and notPlaced counts; false and error when the file cannot be read.
    static bool readJson(AnnotationController *controller, const QString &jsonPath, int *placed, int *notPlaced,
                         QString *error);

private:
    QString saveName(const QString &title, const QString &suggested, const QString &filter) const;

    QWidget *m_parent;
};

} // namespace diptych
