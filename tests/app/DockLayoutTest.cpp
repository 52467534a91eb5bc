#include "AppFixture.h"

#include "annotations/AnnotationsPanel.h"
#include "annotations/WindowAnnotations.h"
#include "document/DocumentPane.h"
#include "shell/DockLayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabBar>
#include <QTreeView>

namespace diptych::test {

namespace {

constexpr char kRealPdf[] = DIPTYCH_REAL_PDFS "/ah-tk-20232024-2271.pdf";

struct Screen {
    const char *language;
    QSize size;
};

// The two screens the default layout is designed for, in both languages of the program.
const Screen kScreens[] = {
    {"en", {1366, 768}},
    {"en", {1920, 1080}},
    {"nl", {1366, 768}},
    {"nl", {1920, 1080}},
};

QString describe(const Screen &screen)
{
    return QStringLiteral("%1 %2x%3")
        .arg(QString::fromLatin1(screen.language))
        .arg(screen.size.width())
        .arg(screen.size.height());
}

// A dock whose tab is not the raised one is not visible, though its place is.
QList<QDockWidget *> visibleDocks(QMainWindow *window)
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        if (dock->isVisible())
            docks << dock;
    return docks;
}

} // namespace

class DockLayoutTest : public AppFixture
{
protected:
    // The window as a first start leaves it on this screen: the whole available area of a
    // laptop screen, the default layout applied for it, a real letter open.
    void startOn(const Screen &screen)
    {
        if (QString::fromLatin1(screen.language) != QStringLiteral("en")) {
            Q_EMIT window()->languageChangeRequested(QString::fromLatin1(screen.language));
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return window()->menuBar()->actions().first()->text() == QStringLiteral("&Bestand"); }, 5000));
        }
        window()->resize(DockLayout::firstWindowSize(screen.size));
        DockLayout::apply(*window(), screen.size);
        window()->openDocument(QString::fromLatin1(kRealPdf));
        ASSERT_TRUE(settle());
        QTest::qWait(50); // the dock layout settles on the next event loop turns
    }
};

TEST_F(DockLayoutTest, theWindowFitsOnTheScreenWithEveryDockAtLeastItsMinimumSize)
{
    for (const Screen &screen : kScreens) {
        SCOPED_TRACE(describe(screen).toStdString());
        startOn(screen);
        const QSize minimum = window()->minimumSizeHint();
        EXPECT_LE(minimum.width(), screen.size.width());
        EXPECT_LE(minimum.height(), screen.size.height());
        EXPECT_LE(window()->height(), screen.size.height());
        for (QDockWidget *dock : visibleDocks(window())) {
            SCOPED_TRACE(dock->objectName().toStdString());
            EXPECT_GE(dock->widget()->width(), dock->widget()->minimumSizeHint().width());
            EXPECT_GE(dock->widget()->height(), dock->widget()->minimumSizeHint().height());
            // The title bar holds the whole title beside its two buttons.
            EXPECT_GE(dock->width(), dock->fontMetrics().horizontalAdvance(dock->windowTitle()) + 60);
        }
    }
}

TEST_F(DockLayoutTest, dockTabsAreNotCutOffOrScrolled)
{
    for (const Screen &screen : kScreens) {
        SCOPED_TRACE(describe(screen).toStdString());
        startOn(screen);
        int bars = 0;
        for (QTabBar *bar : window()->findChildren<QTabBar *>()) {
            // The document tabs live in the centre, not in a dock place; the window keeps
            // an emptied bar of an earlier arrangement for reuse.
            if (!bar->isVisible() || bar->parentWidget() != window() || bar->count() == 0)
                continue;
            ++bars;
            EXPECT_GE(bar->width(), bar->sizeHint().width());
            for (int i = 0; i < bar->count(); ++i)
                EXPECT_GE(bar->tabRect(i).width(), bar->fontMetrics().horizontalAdvance(bar->tabText(i)));
        }
        EXPECT_EQ(bars, 2); // Library | Search, and References | Links | Threads
    }
}

TEST_F(DockLayoutTest, theLetterAndTheAnnotationListHaveRoomOnALaptopScreen)
{
    startOn(kScreens[0]);
    DocumentPane *pane = window()->findChild<DocumentPane *>();
    ASSERT_NE(pane, nullptr);
    // A page at a readable width, and a list showing several annotations at once.
    EXPECT_GE(pane->width(), 650);
    QTreeView *list = window()->annotations()->panel()->view();
    EXPECT_GE(list->viewport()->height(), 6 * list->fontMetrics().height());
    EXPECT_GE(window()->annotations()->dock()->width(), 320);
}

TEST_F(DockLayoutTest, resetLayoutBringsBackClosedAndFloatingDocksInTheirPlaces)
{
    startOn(kScreens[1]);
    auto *annotations = window()->findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
    auto *outline = window()->findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    auto *links = window()->findChild<QDockWidget *>(QStringLiteral("linksDock"));
    ASSERT_TRUE(annotations && outline && links);
    annotations->setFloating(true);
    outline->close();
    window()->addDockWidget(Qt::LeftDockWidgetArea, links);

    auto *reset = window()->findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    ASSERT_NE(reset, nullptr);
    reset->trigger();
    QTest::qWait(50);

    EXPECT_FALSE(annotations->isFloating());
    EXPECT_TRUE(annotations->isVisible());
    EXPECT_TRUE(outline->isVisible());
    EXPECT_EQ(window()->dockWidgetArea(annotations), Qt::RightDockWidgetArea);
    EXPECT_EQ(window()->dockWidgetArea(outline), Qt::LeftDockWidgetArea);
    EXPECT_EQ(window()->dockWidgetArea(links), Qt::RightDockWidgetArea);
    EXPECT_TRUE(window()->tabifiedDockWidgets(links).contains(
        window()->findChild<QDockWidget *>(QStringLiteral("referencesDock"))));
}

TEST_F(DockLayoutTest, theTimelineIsShownOnlyWhereTheScreenHasTheHeightForIt)
{
    auto timeline = [this] { return window()->findChild<QDockWidget *>(QStringLiteral("timelineDock")); };
    startOn(kScreens[0]);
    EXPECT_FALSE(timeline()->isVisible());
    window()->resize(DockLayout::firstWindowSize(kScreens[1].size));
    DockLayout::apply(*window(), kScreens[1].size);
    QTest::qWait(50);
    EXPECT_TRUE(timeline()->isVisible());
}

} // namespace diptych::test
