#include "KamerstukPdfWriter.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "print/PrintDialogs.h"
#include "print/PrintDocument.h"
#include "source/PopplerDocument.h"
#include "spelling/Speller.h"

#include <QElapsedTimer>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

const QString kNote = QStringLiteral("Nagaan of dit ook in de geannoteerde agenda stond");

// A re-typeset sample letter with one note, stored in a temporary annotation database.
struct Letter {
    QTemporaryDir dir;
    QString pdf;
    QString db;
    int pages = 0;

    Letter()
    {
        pdf = dir.filePath(QStringLiteral("brief.pdf"));
        db = dir.filePath(QStringLiteral("annotations.db"));
        Analysis analysis;
        QString error;
        if (!test::KamerstukPdfWriter::fromSampleText(QStringLiteral(DIPTYCH_SAMPLES "/001_76cb035f3064fde5.txt"), pdf, &error)
            || !Analyzer(Speller::shared()).analyzeFile(pdf, analysis, error))
            return;
        pages = analysis.pageCount;
        Annotation note = Annotation::create(AnnotationKind::HighlightNote, LibraryStore::hashFile(pdf));
        note.note = kNote;
        AnnotationAnchorer(analysis).anchor(note, 400, 480);
        SqliteAnnotationStore store(db);
        if (store.open())
            store.put(note);
    }
};

QString text(const PopplerDocument &pdf, int page)
{
    QStringList words;
    for (const auto &w : pdf.words(page))
        words << w.text;
    return words.join(QLatin1Char(' '));
}

} // namespace

TEST(PrintPreview, previewShowsEveryPageAndPrintsTheAnnotatedCopyToPdf)
{
    const Letter letter;
    ASSERT_GE(letter.pages, 2);
    QString error;
    const auto doc = PrintDocument::load(letter.pdf, nullptr, letter.db, &error);
    ASSERT_TRUE(doc) << error.toStdString();

    const QString out = letter.dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out);
    QPrintPreviewWidget preview(&printer);
    int painted = 0;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview, [&](QPrinter *p) {
        ++painted;
        EXPECT_TRUE(PrintDialogs::paint(*doc, PrintOptions(), p));
    });
    preview.resize(900, 1100);
    QElapsedTimer timer;
    timer.start();
    preview.updatePreview();
    const qint64 firstPageMs = timer.elapsed();
    EXPECT_EQ(preview.pageCount(), letter.pages);
    EXPECT_EQ(painted, 1);
    std::cout << "preview of " << letter.pages << " pages ready after " << firstPageMs << " ms\n";

    const QString shot = qEnvironmentVariable("DIPTYCH_PRINT_PREVIEW_PNG");
    if (!shot.isEmpty()) {
        preview.setZoomMode(QPrintPreviewWidget::FitToWidth);
        preview.show();
        EXPECT_TRUE(preview.grab().save(shot));
    }

    // Printing from the preview paints again, on the real PDF engine this time.
    preview.print();
    EXPECT_EQ(painted, 2);
    const auto pdf = PopplerDocument::open(out);
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->pageCount(), letter.pages);
    EXPECT_TRUE(text(*pdf, 0).contains(kNote)) << text(*pdf, 0).toStdString();
    EXPECT_TRUE(text(*pdf, 0).contains(QStringLiteral("NAVO"))); // the page's own text, selectable
}

TEST(PrintPreview, aMissingDocumentGivesAReasonNotACrash)
{
    QString error;
    EXPECT_FALSE(PrintDocument::load(QStringLiteral("/nonexistent/brief.pdf"), nullptr, QString(), &error));
    EXPECT_FALSE(error.isEmpty());
}
