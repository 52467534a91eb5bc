#include "FootnoteHover.h"
#include "PagesFixture.h"

#include "document/FindBar.h"
#include "pdf/PageTextSelection.h"
#include "pdf/PdfSearch.h"
#include "pdf/PdfTextTool.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolTip>

using namespace diptych;
using diptych::test::PagesFixture;
using diptych::test::shownTip;

namespace {

// True when some of the box (PDF points on page) is inside the view.
bool inView(PdfView *view, int page, const QRectF &box)
{
    const QRect r = view->pageViewportRect(page);
    const QRectF onScreen(r.topLeft() + box.topLeft() * view->zoom(), box.size() * view->zoom());
    return onScreen.intersects(QRectF(view->viewport()->rect()));
}

// The first footnote call of the letter, scrolled into view a little below the top.
const FootnoteCall *showFirstCall(DocumentPane *pane, const Footnote **note)
{
    const AnalysisPtr analysis = pane->analysis();
    if (analysis->footnotes.isEmpty() || analysis->footnotes.first().calls.isEmpty())
        return nullptr;
    *note = &analysis->footnotes.first();
    const FootnoteCall *call = &(*note)->calls.first();
    if (call->at.rect.isNull())
        return nullptr;
    // Zoomed in so far that a page is much taller than the view: a note at the bottom of
    // the page is then out of view from its call, and following the call has to scroll.
    // Placed again until it holds: the view may still be settling (a zoom restored for the
    // file, a relayout once the pages are measured).
    PdfView *pages = pane->pdfView();
    const bool placed = QTest::qWaitFor(
        [&] {
            pages->setZoom(3.0 * pages->viewport()->height() / 842.0);
            pages->goToPage(call->at.page, std::max(0.0, call->at.rect.top() - 50));
            pages->horizontalScrollBar()->setValue(int(call->at.rect.center().x() * pages->zoom())
                                                   - pages->viewport()->width() / 2);
            const QPoint at = PagesFixture::onScreen(pages, call->at.page, call->at.rect.center());
            return pages->viewport()->rect().contains(at);
        },
        5000);
    EXPECT_TRUE(placed) << "the call site never came into view";
    return call;
}

} // namespace

TEST_F(PagesFixture, findOnThePagesCountsEveryOekraineAndScrollsToEachMatch)
{
    DocumentPane *pane = openPdf("000_a60e29c67b147090.txt");
    ASSERT_NE(pane, nullptr);
    const AnalysisPtr analysis = pane->analysis();
    const int expected = int(analysis->text.count(
        QRegularExpression(QStringLiteral("oekra[iï]ne"), QRegularExpression::CaseInsensitiveOption)));
    ASSERT_GE(expected, 5);

    pane->showFind();
    ASSERT_TRUE(pane->showsPages()); // find stays on the pages
    QTest::keyClicks(pane->findBar()->field(), QStringLiteral("oekraine"));
    PdfSearch *search = pane->pdfSearch();
    EXPECT_EQ(search->matchCount(), expected);
    EXPECT_TRUE(pane->findBar()->countText().endsWith(QString::number(expected)))
        << pane->findBar()->countText().toStdString();
    for (int i = 0; i < search->matchCount(); ++i) {
        ASSERT_FALSE(search->matchAreas(i).isEmpty()) << "match " << i;
        EXPECT_FALSE(search->matchAreas(i).first().quads.isEmpty()) << "match " << i;
    }

    PdfView *pages = pane->pdfView();
    const int first = search->currentMatch();
    QTest::keyClick(pane->findBar()->field(), Qt::Key_Return);
    EXPECT_EQ(search->currentMatch(), (first + 1) % expected);
    pages->goToPage(0);
    search->findPrevious();
    search->findPrevious();
    const int current = search->currentMatch();
    const PageArea where = search->matchAreas(current).first();
    EXPECT_TRUE(inView(pages, where.page, where.quads.first()))
        << "match " << current << " on page " << where.page << " not scrolled into view";
}

TEST_F(PagesFixture, hoveringAFootnoteCallOnThePageShowsTheNoteAndClickingJumpsThereAndBack)
{
    DocumentPane *pane = openPdf("000_a60e29c67b147090.txt");
    ASSERT_NE(pane, nullptr);
    const Footnote *found = nullptr;
    const FootnoteCall *shown = showFirstCall(pane, &found);
    ASSERT_NE(shown, nullptr) << "the letter's first footnote call has no place on the page";
    const Footnote &note = *found;
    const FootnoteCall &call = *shown;
    PdfView *pages = pane->pdfView();
    const QPoint onCall = test::PagesFixture::onScreen(pages, call.at.page, call.at.rect.center());
    ASSERT_TRUE(pages->viewport()->rect().contains(onCall))
        << "call at " << onCall.x() << "," << onCall.y() << " viewport " << pages->viewport()->width() << "x"
        << pages->viewport()->height() << " zoom " << pages->zoom() << " page " << call.at.page << " rect "
        << call.at.rect.x() << "," << call.at.rect.y() << " h " << pages->horizontalScrollBar()->value() << "/"
        << pages->horizontalScrollBar()->maximum() << " v " << pages->verticalScrollBar()->value() << "/"
        << pages->verticalScrollBar()->maximum();
    QHelpEvent hover(QEvent::ToolTip, onCall, pages->viewport()->mapToGlobal(onCall));
    QApplication::sendEvent(pages->viewport(), &hover);
    // The note cites a Kamerstuk, so it comes in the footnote popup with its links.
    EXPECT_TRUE(shownTip(window()).contains(note.text.left(40).toHtmlEscaped())) << shownTip(window()).toStdString();

    const int before = pages->verticalScrollBar()->value();
    ASSERT_FALSE(inView(pages, note.at.page, note.at.rect)) << "the note is in view before the click";
    QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, onCall);
    EXPECT_NE(pages->verticalScrollBar()->value(), before);
    EXPECT_TRUE(inView(pages, note.at.page, note.at.rect));
    EXPECT_TRUE(pane->pdfTextTool()->canGoBack());
    pane->goBack();
    EXPECT_EQ(pages->verticalScrollBar()->value(), before);
}

TEST_F(PagesFixture, draggingOverALineWithAFootnoteCallCopiesItsCleanText)
{
    DocumentPane *pane = openPdf("000_a60e29c67b147090.txt");
    ASSERT_NE(pane, nullptr);
    const AnalysisPtr analysis = pane->analysis();
    const Footnote *found = nullptr;
    const FootnoteCall *shown = showFirstCall(pane, &found);
    ASSERT_NE(shown, nullptr) << "the letter's first footnote call has no place on the page";
    const Footnote &note = *found;
    const FootnoteCall &call = *shown;
    ASSERT_FALSE(call.before.isEmpty());

    // A band from the left margin of the call's line to past its right end.
    PdfView *pages = pane->pdfView();
    const double y = call.at.rect.center().y() + 2;
    const double pageWidth = pages->pageViewportRect(call.at.page).width() / pages->zoom();
    const QPoint from = test::PagesFixture::onScreen(pages, call.at.page, QPointF(20, y - 3));
    const QPoint to = test::PagesFixture::onScreen(pages, call.at.page, QPointF(pageWidth - 20, y + 3));
    QTest::mousePress(pages->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(pages->viewport(), (from + to) / 2);
    QTest::mouseMove(pages->viewport(), to);
    QTest::mouseRelease(pages->viewport(), Qt::LeftButton, {}, to);

    PageTextSelection *selection = pane->pdfTextTool()->selection();
    ASSERT_FALSE(selection->isEmpty());
    EXPECT_FALSE(selection->rects(call.at.page).isEmpty());
    QApplication::clipboard()->clear();
    pane->copy();
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied, analysis->text.mid(selection->start(), selection->end() - selection->start()));
    EXPECT_GE(copied.size(), 20);
    EXPECT_TRUE(copied.contains(call.before)) << copied.toStdString();
    // The raised call number is not glued to the word before it.
    EXPECT_FALSE(copied.contains(call.before + QString::number(note.number))) << copied.toStdString();
    EXPECT_FALSE(copied.contains(QLatin1Char('\n'))) << "one line selected: " << copied.toStdString();
}

TEST_F(PagesFixture, zoomAndPagePositionOfAPdfAreRestoredAtTheNextStartAndWhenReopened)
{
    DocumentPane *pane = openPdf("003_eafaf4e2d27f033a.txt");
    ASSERT_NE(pane, nullptr);
    const QString path = pane->path();
    PdfView *pages = pane->pdfView();
    ASSERT_GE(pages->pageCount(), 3);
    pages->setZoom(1.7);
    pages->goToPage(2, 30);
    ASSERT_EQ(pages->scrollPosition().first, 2);
    window()->close();

    startApp();
    ASSERT_TRUE(settle());
    auto *restored = qobject_cast<DocumentPane *>(window()->tabs()->widget(0));
    ASSERT_NE(restored, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored->showsPages(); }, 10000));
    QTest::qWait(100);
    EXPECT_NEAR(restored->pdfView()->zoom(), 1.7, 0.001);
    EXPECT_EQ(restored->pdfView()->zoomMode(), PdfView::ZoomMode::Custom);
    EXPECT_EQ(restored->pdfView()->scrollPosition().first, 2);

    // Per file: closing the tab and opening the letter again comes back to the same place.
    restored->pdfView()->setZoom(1.2);
    restored->pdfView()->goToPage(1);
    window()->tabs()->tabCloseRequested(0);
    QTest::qWait(50);
    DocumentPane *again = window()->openDocument(path);
    ASSERT_NE(again, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->showsPages(); }, 10000));
    QTest::qWait(100);
    EXPECT_NEAR(again->pdfView()->zoom(), 1.2, 0.001);
    EXPECT_EQ(again->pdfView()->scrollPosition().first, 1);
}
