#pragma once

#include <QSize>

class QMainWindow;

namespace diptych {

// The default arrangement of the main window's docks, for the screen the window is on, and
// the one place that knows it (View › Reset layout applies it again). Designed for 1366×768
// and 1920×1080 screens: two columns of fewer, wider docks, panels that are alternatives as
// tabs of one dock place:
//   left:   Library | Search library (tabs), Outline below;
//   right:  Annotations, then References | Links | Threads (tabs) below;
//   bottom: the timeline of meetings, shown only where the screen has the height for it.
// Docks are found by object name, so a dock the window lacks is skipped.
class DockLayout
{
public:
    // The version of saveState() the arrangement belongs to: a state saved by an older
    // layout is not restored (QMainWindow::restoreState refuses it) and the default applies.
    static constexpr int kVersion = 2;
    // Screens shorter than this leave the timeline hidden (View › Timeline shows it).
    static constexpr int kTimelineMinScreenHeight = 900;

    static void apply(QMainWindow &window, QSize available);
    // The window's size on a first start: two documents side by side want room, so a
    // laptop screen (narrower than kRoomyScreenWidth) is used whole, a larger one for 90%.
    static QSize firstWindowSize(QSize available);
    static constexpr int kRoomyScreenWidth = 1600;
    // Left and right column widths for a screen this wide.
    static int leftWidth(int screenWidth);
    static int rightWidth(int screenWidth);
};

} // namespace diptych
