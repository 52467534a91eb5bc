#pragma once

class QSettings;

namespace diptych {

class DocumentPane;
class MainWindow;

// What is restored at the next start: window geometry and dock layout, the open tabs
// (documents and comparisons), the reading position in each, and the current tab.
// Per file, whenever it is opened again: the Pages view's zoom and page position.
class Session
{
public:
    static void rememberFile(const DocumentPane &pane, QSettings &settings);
    static void recallFile(DocumentPane &pane, QSettings &settings);
    static void save(const MainWindow &window, QSettings &settings);
    static void restoreLayout(MainWindow &window, QSettings &settings);
    static void restoreTabs(MainWindow &window, QSettings &settings);
};

} // namespace diptych
