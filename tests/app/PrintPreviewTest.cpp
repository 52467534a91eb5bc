#include "KamerstukPdfWriter.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "print/PrintDialogs.h"
#include "print/PrintDocument.h"
#include "source/PopplerDocument.h"
#include "spelling/Speller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

const QString kNote = QStringLiteral("Nagaan of dit ook in de geannoteerde agenda stond");

using WritePdf = std::function<bool(const QString &pdf, QString *error)>;

bool sampleLetter(const QString &pdf, QString *error)
{
    return test::KamerstukPdfWriter::fromSampleText(QStringLiteral(DIPTYCH_SAMPLES "/001_76cb035f3064fde5.txt"), pdf,
                                                    error);
}

// Twenty pages, one section each holding a paragraph of a sample letter: a letter as long
// as the one PrintBench times.
bool twentyPageLetter(const QString &pdf, QString *error)
{
    QFile file(QStringLiteral(DIPTYCH_SAMPLES "/001_76cb035f3064fde5.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QStringList paragraphs;
    for (const QString &p : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n")))
        if (p.simplified().size() > 200)
            paragraphs << p.simplified();
    QStringList markup;
    for (int page = 0; page < 20; ++page)
        markup << QStringLiteral("# Onderdeel %1").arg(page + 1) << paragraphs[page % paragraphs.size()]
               << paragraphs[(page + 1) % paragraphs.size()] << QStringLiteral("---");
    markup.removeLast();
    return test::KamerstukPdfWriter::write(test::KamerstukSpec::fromMarkup(markup.join(QStringLiteral("\n\n"))), pdf,
                                           error);
}

// A letter written by write with one note, stored in a temporary annotation database.
struct Letter {
    QTemporaryDir dir;
    QString pdf;
    QString db;
    int pages = 0;

    explicit Letter(const WritePdf &write = sampleLetter)
    {
        pdf = dir.filePath(QStringLiteral("brief.pdf"));
        db = dir.filePath(QStringLiteral("annotations.db"));
        Analysis analysis;
        QString error;
        if (!write(pdf, &error) || !Analyzer(Speller::shared()).analyzeFile(pdf, analysis, error))
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

// How much of the middle of what the preview shows of page (from 1) is dark: text, not a
// placeholder's grey words on a blank sheet (nor the page's shadow at the edges).
double inkOn(QPrintPreviewWidget &preview, int page)
{
    preview.setCurrentPage(page);
    const QImage shot = preview.grab().toImage();
    const QRect middle(shot.width() / 8, shot.height() / 8, shot.width() * 3 / 4, shot.height() * 3 / 4);
    int dark = 0;
    for (int y = middle.top(); y <= middle.bottom(); ++y)
        for (int x = middle.left(); x <= middle.right(); ++x)
            dark += qGray(shot.pixel(x, y)) < 140 ? 1 : 0;
    return double(dark) / (middle.width() * middle.height());
}

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

TEST(PrintPreview, opensWithItsFirstPagePaintedAndPaintsTheRestWhenTheyAreRendered)
{
    const Letter letter(twentyPageLetter);
    ASSERT_EQ(letter.pages, 20);
    QString error;
    const auto doc = PrintDocument::load(letter.pdf, nullptr, letter.db, &error);
    ASSERT_TRUE(doc) << error.toStdString();

    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    PrintDialogs::connectPreview(&preview, *doc, [] { return PrintOptions(); });
    QSignalSpy repainted(&preview, &QPrintPreviewWidget::paintRequested);
    preview.setZoomMode(QPrintPreviewWidget::FitInView);
    preview.resize(700, 900);
    QElapsedTimer timer;
    timer.start();
    preview.show(); // a preview paints its pages when it is first shown
    const qint64 firstPageMs = timer.elapsed();
    ASSERT_EQ(repainted.count(), 1);
    EXPECT_EQ(preview.pageCount(), 20);
    PageImages *images = doc->previewImages();
    ASSERT_TRUE(images);
    EXPECT_FALSE(images->image(0).isNull());
    const double firstPage = inkOn(preview, 1);
    EXPECT_GT(firstPage, 0.005);
    // The last page is a placeholder until the background has rendered every page.
    EXPECT_LT(inkOn(preview, 20), firstPage / 10);

    ASSERT_TRUE(QTest::qWaitFor([&] { return repainted.count() == 2; }, 30000));
    const qint64 allPagesMs = timer.elapsed();
    EXPECT_TRUE(images->isComplete());
    EXPECT_EQ(preview.pageCount(), 20);
    EXPECT_GT(inkOn(preview, 20), 0.005);
    std::cout << "preview of 20 pages: first page shown after " << firstPageMs << " ms, all pages after " << allPagesMs
              << " ms\n";
}

TEST(PrintPreview, fileMenusPreviewDialogOpensWithEveryPage)
{
    const Letter letter;
    ASSERT_GE(letter.pages, 2);
    PrintDialogs dialogs(nullptr, letter.db);
    int shownPages = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownPages = dialog->findChild<QPrintPreviewWidget *>()->pageCount();
        dialog->reject();
    });
    poll.start(10);
    dialogs.preview(nullptr, letter.pdf); // returns when the dialog closes
    EXPECT_EQ(shownPages, letter.pages);
}
