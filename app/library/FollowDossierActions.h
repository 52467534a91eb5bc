#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMainWindow;
class QProgressDialog;
class QSettings;

namespace diptych {

class FetchService;
class Library;

// Library › Follow dossier…, Check followed dossiers now and Check followed dossiers at
// start: the user's dossiers (settings official/dossiers) fetched by a FetchService, with
// progress per document and Cancel. New letters go into the library as they arrive. At
// start the check runs only when the user switched it on (official/checkAtStart).
class FollowDossierActions : public QObject
{
    Q_OBJECT
public:
    FollowDossierActions(QMainWindow *window, FetchService &service, Library &library, QSettings &settings);

    QStringList followedDossiers() const;
    // The start-up check, when it is switched on and dossiers are followed.
    void checkAtStartIfWanted();
    // Asks for a dossier number, follows it and fetches it now.
    void followDossier();
    void checkNow();

private:
    void addMenu();
    void run(const QStringList &dossiers, bool withDialog);
    void showProgress(int done, int total, const QString &officialId);
    void showFinished(int added, int known, const QStringList &failures, bool cancelled);

    QMainWindow *m_window;
    FetchService &m_service;
    Library &m_library;
    QSettings &m_settings;
    QAction *m_follow;
    QAction *m_checkNow;
    QAction *m_checkAtStart;
    QPointer<QProgressDialog> m_dialog;
    bool m_running = false; // the service's job is ours (not a Download and open)
};

} // namespace diptych
