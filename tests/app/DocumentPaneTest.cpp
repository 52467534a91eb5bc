#include "PagesFixture.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTextCursor>
#include <QToolTip>

// The operations the program asks of a pane: each must reach the view that shows.

using namespace diptych;
using diptych::test::PagesFixture;
using diptych::test::sample;

namespace {

constexpr char kRealPdf[] = DIPTYCH_REAL_PDFS "/ah-tk-20232024-2271.pdf";
constexpr char kTextLetter[] = "001_76cb035f3064fde5.txt";

class DocumentPaneTest : public PagesFixture
{
protected:
    DocumentPane *openRealPdf()
    {
        DocumentPane *pane = window()->openDocument(QString::fromLatin1(kRealPdf));
        if (!pane || !settle() || !QTest::qWaitFor([&] { return pane->showsPages(); }, 10000)) {
            ADD_FAILURE() << "the real PDF did not open on its pages";
            return nullptr;
        }
        return pane;
    }

    DocumentPane *openText()
    {
        DocumentPane *pane = window()->openDocument(sample(kTextLetter));
        if (!pane || !settle() || pane->showsPages()) {
            ADD_FAILURE() << "the text letter did not open on its text";
            return nullptr;
        }
        return pane;
    }
};

// How large each view shows its document: the pages' pixels per point, the text's font.
struct Zoom {
    double pages;
    qreal textFont;
};

Zoom zoomOf(const DocumentPane *pane) { return {pane->pdfView()->zoom(), pane->view()->font().pointSizeF()}; }

// A section in the middle of the letter, so going there has to move the view.
const Section &middleSection(const Analysis &analysis) { return analysis.sections[analysis.sections.size() / 2]; }

AnnotationMark pageNote(int page, const QRectF &box, const QString &note)
{
    AnnotationMark m;
    m.id = QStringLiteral("page-note");
    m.kind = AnnotationKind::PageNote;
    m.color = Qt::yellow;
    m.note = note;
    m.areas = {PageArea{page, {box}}};
    return m;
}

AnnotationMark highlight(int start, int end)
{
    AnnotationMark m;
    m.id = QStringLiteral("highlight");
    m.color = Qt::yellow;
    m.start = start;
    m.end = end;
    return m;
}

} // namespace

TEST_F(DocumentPaneTest, zoomOnAPdfPaneZoomsThePagesAndLeavesTheTextFont)
{
    DocumentPane *pane = openRealPdf();
    ASSERT_NE(pane, nullptr);
    const Zoom before = zoomOf(pane);
    pane->zoomIn();
    const Zoom in = zoomOf(pane);
    EXPECT_GT(in.pages, before.pages);
    EXPECT_EQ(in.textFont, before.textFont);
    pane->zoomOut();
    EXPECT_LT(zoomOf(pane).pages, in.pages);
}

TEST_F(DocumentPaneTest, zoomOnATextPaneGrowsTheTextFontByAPointAndLeavesThePages)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const Zoom before = zoomOf(pane);
    pane->zoomIn();
    EXPECT_DOUBLE_EQ(zoomOf(pane).textFont, before.textFont + 1);
    EXPECT_EQ(zoomOf(pane).pages, before.pages);
    pane->zoomOut();
    EXPECT_DOUBLE_EQ(zoomOf(pane).textFont, before.textFont);
}

TEST_F(DocumentPaneTest, showingAPassageInTheTextSelectsItAndOnThePagesBringsItsPageIntoView)
{
    DocumentPane *pane = openRealPdf();
    ASSERT_NE(pane, nullptr);
    const AnalysisPtr analysis = pane->analysis();
    ASSERT_GE(analysis->sections.size(), 3) << "the letter has sections to go to";
    const Location at = middleSection(*analysis).at;
    PdfView *pages = pane->pdfView();
    pages->goToPage(pages->pageCount() - 1);
    const auto inView = [&] { return pages->pageViewportRect(at.page).intersects(pages->viewport()->rect()); };
    ASSERT_FALSE(inView()) << "page " << at.page << " is in view before";

    pane->showPassage(at);
    EXPECT_TRUE(inView()) << "page " << at.page << " not in view";
    EXPECT_EQ(pane->selectedRange(), qMakePair(0, 0)) << "the pages do not select a passage shown";

    pane->setShowPages(false);
    ASSERT_FALSE(pane->showsPages());
    pane->showPassage(at);
    EXPECT_EQ(pane->selectedRange(), qMakePair(at.start, at.end));
    EXPECT_TRUE(pane->hasSelection());
}

TEST_F(DocumentPaneTest, aPageNoteShowsItsTextWhereThePointerRestsOnThePage)
{
    DocumentPane *pane = openRealPdf();
    ASSERT_NE(pane, nullptr);
    PdfView *pages = pane->pdfView();
    const QRectF box(100, 100, 12, 12);
    pane->setAnnotationMarks({pageNote(0, box, QStringLiteral("Navragen bij de minister\nvoor het debat"))});
    pages->goToPage(0);
    const QPoint onNote = test::PagesFixture::onScreen(pages, 0, box.center());
    ASSERT_TRUE(pages->viewport()->rect().contains(onNote));

    QHelpEvent hover(QEvent::ToolTip, onNote, pages->viewport()->mapToGlobal(onNote));
    QApplication::sendEvent(pages->viewport(), &hover);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Navragen bij de minister<br>voor het debat")))
        << QToolTip::text().toStdString();
}

// A pane of its own: the window's panes have annotation tools that would open the menu.
TEST_F(DocumentPaneTest, aContextMenuOverAnAnnotatedPassageNamesThatAnnotation)
{
    DocumentPane *opened = openText();
    ASSERT_NE(opened, nullptr);
    const AnalysisPtr analysis = opened->analysis();
    ASSERT_FALSE(analysis->sections.isEmpty()) << "the letter has sections to mark";
    const Location at = middleSection(*analysis).at;
    DocumentPane pane(opened->path());
    pane.resize(800, 600);
    pane.show();
    pane.setAnalysis(analysis);
    pane.setAnnotationMarks({highlight(at.start, at.end)});
    pane.showPassage(at);
    QSignalSpy menus(&pane, &DocumentPane::textMenuRequested);

    QTextCursor c(pane.view()->document());
    c.setPosition(pane.view()->documentPosition(at.start + 1));
    const QPoint onPassage = pane.view()->cursorRect(c).center();
    QContextMenuEvent menu(QContextMenuEvent::Mouse, onPassage, pane.view()->viewport()->mapToGlobal(onPassage));
    QApplication::sendEvent(pane.view()->viewport(), &menu);
    ASSERT_EQ(menus.size(), 1);
    EXPECT_EQ(menus[0][1].toString(), QStringLiteral("highlight"));
}
