#include "shell/Application.h"

#include "library/CitedKamerstukDownload.h"
#include "library/FetchService.h"
#include "library/FollowDossierActions.h"
#include "library/LibraryIndexActions.h"
#include "library/LibraryIndexService.h"
#include "links/LibrarySearchPanel.h"
#include "links/LinkDocks.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/QuitOnSignal.h"
#include "shell/Session.h"
#include "shell/SingleInstance.h"
#include "team/TeamActions.h"
#include "team/TeamKeyring.h"
#include "team/TeamSettings.h"
#include "team/TeamSyncService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace diptych {

Application::Application(QSettings &settings, const QString &databasePath, const QString &samplesDir, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_samplesDir(samplesDir.isEmpty() ? LibraryStore::defaultSamplesDir() : samplesDir), m_store(databasePath),
      m_library(m_store, m_analyses), m_annotationStore(m_store.databasePath())
{
}

Application::~Application() { delete m_window; }

void Application::createWindow()
{
    m_window = new MainWindow(m_library, m_analyses, m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setAnnotationModel(&m_annotations);
    connect(m_window, &MainWindow::languageChangeRequested, this, &Application::changeLanguage);
    Session::restoreLayout(*m_window, m_settings);
    if (m_searchIndex) {
        new LibraryIndexActions(m_window, *m_searchIndex, m_library);
        connect(m_searchIndex, &LibraryIndexService::indexChanged, m_window->linkDocks()->searchPanel(),
                &LibrarySearchPanel::refreshSoon);
    }
    if (m_teamSync)
        new TeamActions(m_window, *m_teamSync, *m_keyring, m_settings);
    if (m_fetch) {
        m_followActions = new FollowDossierActions(m_window, *m_fetch, m_library, m_settings);
        new CitedKamerstukDownload(m_window, *m_fetch, m_library);
    }
}

// The search index lives in the library database and follows the library: every letter the
// library analyses is written to it as it arrives (its facts too: the index is their one
// writer), and letters from earlier runs are brought level once at start (unchanged ones are
// skipped by content hash, so this is cheap).
void Application::startSearchIndex()
{
    m_searchIndex = new LibraryIndexService(m_store.databasePath(), this);
    connect(&m_library, &Library::analysed, m_searchIndex, &LibraryIndexService::indexAnalysed);
    connect(m_searchIndex, &LibraryIndexService::factsWritten, &m_library, &Library::factsWritten);
    const QStringList files = m_library.existingFiles();
    if (!files.isEmpty())
        m_searchIndex->update(files);
}

void Application::open(const CommandLine &commandLine)
{
    if (commandLine.compare)
        m_window->openComparison(commandLine.files[0], commandLine.files[1]);
    else {
        for (const QString &file : commandLine.files)
            m_window->openDocument(file);
    }
}

void Application::openFromAnotherStart(const CommandLine &commandLine)
{
    if (!m_window)
        return;
    open(commandLine);
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Application::start(const CommandLine &commandLine)
{
    Annotation::setConfiguredAuthor(m_settings.value(QStringLiteral("annotations/author")).toString());
    const bool opened = m_store.open();
    if (opened) {
        startSearchIndex();
        // official/source: a mirror in place of the official services (as fetch --source).
        m_fetch = new FetchService(m_store.databasePath(),
                                   m_settings.value(QStringLiteral("official/source")).toString(), this);
        m_teamSync = new TeamSyncService(m_store.databasePath(), this);
        m_keyring = new TeamKeyring(this);
    }
    createWindow();
    m_window->show();
    // A damaged library was moved aside (opened) or nothing works (!opened): say so either way.
    if (!m_store.error().isEmpty()) {
        auto *box = new QMessageBox(opened ? QMessageBox::Information : QMessageBox::Warning, tr("Library"),
                                    m_store.error(), QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    openAnnotationStore();
    startTeamSync();
    if (opened) {
        m_library.addSamplesIfEmpty(QStringLiteral(":/samples"), m_samplesDir);
        m_library.refreshIncomplete();
        for (const QString &folder : m_settings.value(QStringLiteral("watchedFolders")).toStringList())
            m_library.watchFolder(folder);
        // Over the network at start only when the user switched that on.
        if (m_followActions)
            m_followActions->checkAtStartIfWanted();
    }
    if (commandLine.opensSomething())
        open(commandLine);
    else
        m_window->restoreSession();
    // Later starts on this library hand their files to this window.
    auto *instance = new SingleInstance(m_store.databasePath(), this);
    connect(instance, &SingleInstance::commandLineReceived, this, &Application::openFromAnotherStart);
    instance->listen();
    if (!commandLine.error.isEmpty())
        QMessageBox::warning(m_window, tr("Diptych"), commandLine.error);
}

// With a team set (Edit › Team…), local edits go out a moment after they are made and
// others' come in; the model reads the store again when they do. Without one, nothing runs.
void Application::startTeamSync()
{
    if (!m_teamSync)
        return;
    for (auto signal : {&AnnotationModel::rowsInserted, &AnnotationModel::rowsRemoved})
        connect(&m_annotations, signal, m_teamSync, &TeamSyncService::editMade);
    connect(&m_annotations, &AnnotationModel::dataChanged, m_teamSync, &TeamSyncService::editMade);
    connect(m_teamSync, &TeamSyncService::pulled, &m_annotations, &AnnotationModel::reload);
    // The sharing choices show with a team set.
    connect(m_teamSync, &TeamSyncService::statusChanged, this,
            [this] { m_annotations.setTeam(m_teamSync->team().isSet() ? m_teamSync->team().team : QString()); });
    const TeamSettings team = TeamSettings::load(m_settings);
    if (!team.isSet())
        return;
    TeamActions::startWithStoredPassword(*m_keyring, *m_teamSync, team);
}

void Application::quitOnSignals()
{
    auto *quitter = new QuitOnSignal(this);
    connect(quitter, &QuitOnSignal::quitRequested, this, [this] {
        if (m_window)
            m_window->close();
        QCoreApplication::quit();
    });
    quitter->install();
}

// The window is rebuilt in the new language from its own saved session.
void Application::changeLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("language"), code);
    Language::install(code);
    m_window->saveSession();
    const QRect geometry = m_window->geometry();
    m_window->hide();
    m_window->deleteLater();
    createWindow();
    m_window->setGeometry(geometry);
    m_window->restoreSession();
    m_window->show();
}

// Annotations live in the library's database. One that cannot be opened is reported and
// the program carries on: annotations made then are kept in memory and the model says so.
void Application::openAnnotationStore()
{
    const bool opened = m_annotationStore.open();
    if (opened)
        m_annotations.setStore(&m_annotationStore);
    if (m_annotationStore.error().isEmpty())
        return;
    const QString text = opened ? m_annotationStore.error()
                                : tr("The annotations cannot be read or saved: %1").arg(m_annotationStore.error());
    auto *box = new QMessageBox(opened ? QMessageBox::Information : QMessageBox::Warning, tr("Annotations"), text,
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Application::whenSettled(std::function<void()> done, int timeoutMs)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [this, timer, clock, done, timeoutMs] {
        if ((m_window && m_window->isSettled()) || clock->elapsed() > timeoutMs) {
            timer->deleteLater();
            done();
        }
    });
    timer->start(100);
}

} // namespace diptych
