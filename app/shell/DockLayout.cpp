#include "shell/DockLayout.h"

#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace diptych {

namespace {

QDockWidget *dockNamed(QMainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QString::fromLatin1(name));
}

// Puts the docks that exist into one place of the area, as tabs in this order; returns the
// first (the place's anchor), or nullptr when none exists.
QDockWidget *placeAsTabs(QMainWindow &window, Qt::DockWidgetArea area, std::initializer_list<const char *> names)
{
    QDockWidget *anchor = nullptr;
    for (const char *name : names) {
        QDockWidget *dock = dockNamed(window, name);
        if (!dock)
            continue;
        dock->show();
        if (!anchor) {
            window.addDockWidget(area, dock, Qt::Vertical);
            anchor = dock;
        } else {
            window.tabifyDockWidget(anchor, dock);
        }
    }
    if (anchor)
        anchor->raise();
    return anchor;
}

} // namespace

QSize DockLayout::firstWindowSize(QSize available)
{
    if (available.width() < kRoomyScreenWidth)
        return available;
    return available * 9 / 10;
}

int DockLayout::leftWidth(int screenWidth) { return std::clamp(screenWidth * 21 / 100, 260, 360); }

int DockLayout::rightWidth(int screenWidth) { return std::clamp(screenWidth * 24 / 100, 320, 440); }

void DockLayout::apply(QMainWindow &window, QSize available)
{
    // Everything is taken out first: tabifying a dock that already shares a place with
    // another would otherwise keep the old grouping.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        dock->setFloating(false); // a floating dock added again would stay afloat
        window.removeDockWidget(dock);
    }
    // The side columns run the full height; the timeline sits under the letters only.
    window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    QDockWidget *library = placeAsTabs(window, Qt::LeftDockWidgetArea, {"libraryDock", "searchDock"});
    QDockWidget *outline = placeAsTabs(window, Qt::LeftDockWidgetArea, {"outlineDock"});
    QDockWidget *annotations = placeAsTabs(window, Qt::RightDockWidgetArea, {"annotationsDock"});
    QDockWidget *aboutLetter =
        placeAsTabs(window, Qt::RightDockWidgetArea, {"referencesDock", "linksDock", "threadsDock"});
    QDockWidget *timeline = placeAsTabs(window, Qt::BottomDockWidgetArea, {"timelineDock"});
    if (timeline && available.height() < kTimelineMinScreenHeight)
        timeline->hide();

    const int height = available.height();
    if (library && outline)
        window.resizeDocks({library, outline}, {height * 55 / 100, height * 45 / 100}, Qt::Vertical);
    if (annotations && aboutLetter)
        window.resizeDocks({annotations, aboutLetter}, {height * 58 / 100, height * 42 / 100}, Qt::Vertical);
    QList<QDockWidget *> columns;
    QList<int> widths;
    if (library) {
        columns << library;
        widths << leftWidth(available.width());
    }
    if (annotations) {
        columns << annotations;
        widths << rightWidth(available.width());
    }
    window.resizeDocks(columns, widths, Qt::Horizontal);
}

} // namespace diptych
