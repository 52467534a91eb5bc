#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/AnnotationModel.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/Library.h"
#include "library/LibraryStore.h"
#include "shell/CommandLine.h"

#include <QObject>
#include <QPointer>

class QSettings;

namespace diptych {

class FetchService;
class FollowDossierActions;
class LibraryIndexService;
class TeamKeyring;
class TeamSyncService;
class MainWindow;

// Starts Diptych: opens the library (with the samples on a fresh account), shows the
// window, opens what the command line names or the last session, and rebuilds the window
// when the language changes.
class Application : public QObject
{
    Q_OBJECT
public:
    // databasePath empty: the default library location.
    Application(QSettings &settings, const QString &databasePath = QString(), const QString &samplesDir = QString(),
                QObject *parent = nullptr);
    ~Application() override;

    void start(const CommandLine &commandLine);
    MainWindow *window() const { return m_window; }
    Library &library() { return m_library; }
    AnalysisService &analyses() { return m_analyses; }
    AnnotationModel &annotations() { return m_annotations; }
    // The library's search index (null when the library could not be opened).
    LibraryIndexService *searchIndex() const { return m_searchIndex; }
    // Fetches official Kamerstukken (null when the library could not be opened).
    FetchService *fetchService() const { return m_fetch; }
    TeamSyncService *teamSync() const { return m_teamSync; }
    // Calls done once every open document is analysed (or after timeoutMs).
    void whenSettled(std::function<void()> done, int timeoutMs = 20000);
    // SIGTERM, SIGINT and SIGHUP quit as File › Quit does: the session saved, the last typed
    // note written (QuitOnSignal). For a program's main(); tests start many Applications.
    void quitOnSignals();

private:
    void createWindow();
    void open(const CommandLine &commandLine);
    void openFromAnotherStart(const CommandLine &commandLine);
    void changeLanguage(const QString &code);
    void startSearchIndex();
    void startTeamSync();
    void openAnnotationStore();

    QSettings &m_settings;
    QString m_samplesDir;
    LibraryStore m_store;
    AnalysisService m_analyses;
    Library m_library;
    SqliteAnnotationStore m_annotationStore;
    AnnotationModel m_annotations;
    QPointer<MainWindow> m_window;
    LibraryIndexService *m_searchIndex = nullptr;
    FetchService *m_fetch = nullptr;
    TeamSyncService *m_teamSync = nullptr;
    TeamKeyring *m_keyring = nullptr;
    QPointer<FollowDossierActions> m_followActions;
};

} // namespace diptych
