#include "library/FetchService.h"

#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"
#include "official/OfficialFetcher.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

namespace diptych {

FetchService::FetchService(const QString &databasePath, const QString &source, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_source(source)
{
}

FetchService::~FetchService()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString FetchService::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).dir().filePath(QStringLiteral("letters"));
}

bool FetchService::fetchDossiers(const QStringList &dossiers) { return start(dossiers, QString()); }

bool FetchService::fetchId(const QString &officialId) { return start({}, officialId); }

bool FetchService::start(const QStringList &dossiers, const QString &officialId)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, dossiers, officialId] { run(dossiers, officialId); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
    return true;
}

// On the job's thread: signals cross to the UI thread queued.
void FetchService::run(const QStringList &dossiers, const QString &officialId)
{
    LibraryStore store(m_databasePath);
    LibraryIndex index(m_databasePath);
    QStringList failures;
    int added = 0;
    int known = 0;
    if (!store.open() || !index.open()) {
        Q_EMIT finished(0, 0, {tr("The library cannot be opened: %1").arg(store.error() + index.error())}, false);
        return;
    }
    OfficialFetcher::Settings settings;
    settings.folder = folderFor(m_databasePath);
    if (!m_source.isEmpty())
        settings.sources = OfficialSources(QUrl(m_source));
    OfficialFetcher fetcher(store, index, settings);
    fetcher.setCancelFlag(&m_cancel);
    fetcher.setProgress([this](int done, int total, const FetchOutcome &o) {
        Q_EMIT progress(done, total, o.id);
        if (o.status == FetchOutcome::Status::Added)
            Q_EMIT documentAdded(o.path, o.id);
    });
    const auto tally = [&](const FetchReport &report) {
        added += report.count(FetchOutcome::Status::Added);
        known += report.count(FetchOutcome::Status::Known);
        if (!report.searchError.isEmpty())
            failures << report.searchError;
        for (const FetchOutcome &o : report.outcomes) {
            if (o.status == FetchOutcome::Status::Failed)
                failures << o.id + QStringLiteral(": ") + o.reason;
        }
    };
    if (!officialId.isEmpty())
        tally(fetcher.fetchId(officialId));
    for (const QString &dossier : dossiers) {
        if (!m_cancel)
            tally(fetcher.fetchDossier(dossier));
    }
    Q_EMIT finished(added, known, failures, m_cancel.load());
}

} // namespace diptych
