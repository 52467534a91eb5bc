#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

class QThread;

namespace diptych {

// Fetches official Kamerstukken (core OfficialFetcher) off the UI thread: the dossiers the
// user follows, or one Kamerstuk by its id. One job at a time, on a thread of its own with
// its own connections to the library database. Nothing goes over the network but what a
// caller asks for here. The source setting (official/source) replaces the official base
// URLs, as diptych-cli fetch --source does.
class FetchService : public QObject
{
    Q_OBJECT
public:
    FetchService(const QString &databasePath, const QString &source, QObject *parent = nullptr);
    ~FetchService() override;

    bool isBusy() const { return m_thread != nullptr; }
    // The Kamerstukken of each dossier in turn; false when a job is running.
    bool fetchDossiers(const QStringList &dossiers);
    bool fetchId(const QString &officialId);
    // Stops the job after the request under way; finished() follows.
    void cancel() { m_cancel = true; }

    // Where fetched letters go: "letters" beside the library database.
    static QString folderFor(const QString &databasePath);

Q_SIGNALS:
    // After each document: done of total of the dossier being fetched.
    void progress(int done, int total, const QString &officialId);
    // A new letter is in the library (its file complete, its row written).
    void documentAdded(const QString &path, const QString &officialId);
    // failures: "ID: reason" lines, and a search that failed.
    void finished(int added, int known, const QStringList &failures, bool cancelled);

private:
    bool start(const QStringList &dossiers, const QString &officialId);
    void run(const QStringList &dossiers, const QString &officialId);

    QString m_databasePath;
    QString m_source;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace diptych
