#pragma once

#include "AppFixture.h"

#include "KamerstukPdfWriter.h"

#include "document/DocumentPane.h"
#include "document/DocumentView.h"
#include "pdf/PdfView.h"

#include <QFileInfo>

namespace diptych::test {

// The application with a sample letter typeset as a Kamerstuk PDF, analysed and showing
// its first pages rendered.
class PagesFixture : public AppFixture
{
protected:
    DocumentPane *openPdf(const char *sampleName)
    {
        const QString pdf = m_dir.filePath(QString::fromLatin1(sampleName) + QStringLiteral(".pdf"));
        QString error;
        if (!QFileInfo::exists(pdf) && !KamerstukPdfWriter::fromSampleText(sample(sampleName), pdf, &error)) {
            ADD_FAILURE() << error.toStdString();
            return nullptr;
        }
        DocumentPane *pane = window()->openDocument(pdf);
        if (!pane || !settle() || !QTest::qWaitFor([&] { return pane->showsPages(); }, 10000)
            || !QTest::qWaitFor([&] { return pane->pdfView()->cachedPageCount() > 0; }, 10000)) {
            ADD_FAILURE() << "the PDF did not open on its pages";
            return nullptr;
        }
        return pane;
    }

public:
    // A point of a page (PDF points) in the view's viewport.
    static QPoint onScreen(PdfView *view, int page, const QPointF &points)
    {
        return view->pageViewportRect(page).topLeft() + (points * view->zoom()).toPoint();
    }
};

} // namespace diptych::test
