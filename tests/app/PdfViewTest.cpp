#include "AppFixture.h"

#include "KamerstukPdfWriter.h"

#include "document/DocumentPane.h"
#include "document/DocumentView.h"
#include "pdf/PdfView.h"

#include <QImage>
#include <QScrollBar>
#include <QTabWidget>

using namespace diptych;
using diptych::test::AppFixture;
using diptych::test::sample;

namespace {

// Share of pixels in the image that are clearly darker than paper: text was drawn.
double inkShare(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ink += line[x] < 128;
    }
    return double(ink) / (qint64(gray.width()) * gray.height());
}

} // namespace

TEST_F(AppFixture, aPdfOpensOnItsPagesRenderedInTheBackgroundAndKeysMoveThroughThem)
{
    const QString pdf = m_dir.filePath(QStringLiteral("verslag.pdf"));
    QString error;
    ASSERT_TRUE(test::KamerstukPdfWriter::fromSampleText(sample("001_76cb035f3064fde5.txt"), pdf, &error))
        << error.toStdString();
    DocumentPane *pane = window()->openDocument(pdf);
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->showsPages(); }, 10000));
    PdfView *pages = pane->pdfView();
    ASSERT_GE(pages->pageCount(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pages->cachedPageCount() > 0; }, 10000));
    QTest::qWait(100);
    EXPECT_GT(inkShare(pages->viewport()->grab().toImage()), 0.005);

    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_End);
    EXPECT_EQ(pages->currentPage(), pages->pageCount() - 1);
    QTest::keyClick(pages, Qt::Key_Home);
    EXPECT_EQ(pages->currentPage(), 0);
    QTest::keyClick(pages, Qt::Key_PageDown);
    EXPECT_EQ(pages->currentPage(), 1);

    const double fitWidth = pages->zoom();
    pages->zoomIn();
    EXPECT_GT(pages->zoom(), fitWidth);
    EXPECT_EQ(pages->currentPage(), 1);
}

TEST_F(AppFixture, thePageCacheStaysWithinItsMemoryBound)
{
    const QString pdf = m_dir.filePath(QStringLiteral("agenda.pdf"));
    ASSERT_TRUE(test::KamerstukPdfWriter::fromSampleText(sample("003_eafaf4e2d27f033a.txt"), pdf));
    DocumentPane *pane = window()->openDocument(pdf);
    ASSERT_TRUE(settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->showsPages(); }, 10000));
    PdfView *pages = pane->pdfView();
    constexpr int kLimitMB = 4; // room for one page at this zoom, not for all
    pages->setCacheLimitMB(kLimitMB);
    for (int round = 0; round < 2; ++round) {
        for (int page = 0; page < pages->pageCount(); ++page) {
            pages->goToPage(page);
            QTest::qWait(150);
            EXPECT_LE(pages->cacheCostKB(), kLimitMB * 1024);
        }
    }
    EXPECT_GT(pages->cachedPageCount(), 0);
    EXPECT_LT(pages->cachedPageCount(), pages->pageCount());
}

// A real Kamerstuk PDF opened on page 2: the view is laid out small before it is shown, and
// growing it kept the page a third down the new, taller viewport on the old, small layout.
TEST_F(AppFixture, aLetterStaysOnItsFirstPageWhenTheViewGrowsOnItsFirstShowing)
{
    DocumentPane *pane = window()->openDocument(QStringLiteral(DIPTYCH_REAL_PDFS "/ah-tk-20232024-2271.pdf"));
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->showsPages(); }, 10000));
    PdfView *pages = pane->pdfView();
    ASSERT_EQ(pages->pageCount(), 6);
    pages->resize(200, 120); // pages at the smallest zoom
    QCoreApplication::processEvents();
    pages->resize(900, 760);
    QCoreApplication::processEvents();
    EXPECT_EQ(pages->currentPage(), 0);
    EXPECT_EQ(pages->verticalScrollBar()->value(), 0);
}
