#pragma once

#include "analysis/AnalysisService.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QTabWidget;

namespace diptych {

class AnnotationModel;
class CompareView;
class WelcomePage;
class DocumentPane;
class DocumentTabs;
class Library;
class LibraryPanel;
class LinkDocks;
class OutlinePanel;
class PrintActions;
class ReferencesPanel;
class WindowAnnotations;
class Theme;

// The window: tabs of documents and comparisons in the middle, library, outline and
// references as docks, menus and a status bar. It wires the parts together and owns none
// of the reading logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Library &library, AnalysisService &analyses, QSettings &settings, QWidget *parent = nullptr);

    DocumentPane *openDocument(const QString &path);
    // Opens (or shows) a letter at a reading-text offset; -1 opens it as openDocument does.
    DocumentPane *openDocumentAt(const QString &path, int textOffset);
    CompareView *openComparison(const QString &left, const QString &right);
    DocumentPane *activePane() const;
    QTabWidget *tabs() const;
    LibraryPanel *libraryPanel() const { return m_library; }
    OutlinePanel *outlinePanel() const { return m_outline; }
    PrintActions *printActions() const { return m_print; }
    ReferencesPanel *referencesPanel() const { return m_references; }
    LinkDocks *linkDocks() const { return m_links; }
    WindowAnnotations *annotations() const { return m_annotations; }
    void setAnnotationModel(AnnotationModel *model);
    Theme *theme() const { return m_theme; }
    // True when no analysis or linking runs and every open document has its text.
    bool isSettled() const;

    void saveSession() const;
    void restoreSession();

Q_SIGNALS:
    void languageChangeRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildDocks();
    void buildMenus();
    void buildPrintActions(QMenu *file);
    QMenu *buildLanguageMenu();
    void buildThemeMenu(QMenu *view);
    void askAuthorName();
    void applyThemeToPages();
    void buildStatusBar();
    QWidget *buildWelcome();
    QString unreadableMessage(const QString &path) const;
    void addTab(QWidget *page);
    void attach(DocumentPane *pane);
    void onFailed(const QString &path, const QString &error);
    void onPending(int count, const QString &current);
    void onCurrentTabChanged();
    void setActivePane(DocumentPane *pane);
    void closeTab(int index);
    void openWithDialog();
    void compareWithDialog();
    void watchFolderWithDialog();
    void addToRecent(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &text);

    Library &m_libraryData;
    AnalysisService &m_analyses;
    QSettings &m_settings;
    Theme *m_theme;
    QStackedWidget *m_center;
    WelcomePage *m_welcome = nullptr;
    DocumentTabs *m_tabs;
    LibraryPanel *m_library;
    OutlinePanel *m_outline;
    ReferencesPanel *m_references;
    LinkDocks *m_links = nullptr;
    QMenu *m_recentMenu = nullptr;
    PrintActions *m_print = nullptr;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPointer<DocumentPane> m_activePane;
    WindowAnnotations *m_annotations = nullptr;
};

} // namespace diptych
