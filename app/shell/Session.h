#pragma once

class QSettings;

namespace diptych {

class MainWindow;

// What is restored at the next start: window geometry and dock layout, the open tabs
// (documents and comparisons), the reading position in each, and the current tab.
class Session
{
public:
    static void save(const MainWindow &window, QSettings &settings);
    static void restoreLayout(MainWindow &window, QSettings &settings);
    static void restoreTabs(MainWindow &window, QSettings &settings);
};

} // namespace diptych
