#include "library/LibraryIndexService.h"

#include "library/LibraryIndex.h"
#include "library/LibraryIndexer.h"

#include <QThread>

namespace diptych {

LibraryIndexService::LibraryIndexService(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_thread(new QThread(this)), m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("library-index"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

// A running update stops after the file at hand; the index closes on its own thread.
LibraryIndexService::~LibraryIndexService()
{
    m_stop = true;
    QMetaObject::invokeMethod(
        m_context, [this] { m_index.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

// Runs job on the index thread; busyChanged and the job count follow on the UI thread.
template<typename Job> void LibraryIndexService::post(Job job)
{
    if (m_jobs++ == 0)
        Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(
        m_context,
        [this, job] {
            job();
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (--m_jobs == 0)
                        Q_EMIT busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

LibraryIndex *LibraryIndexService::index()
{
    if (!m_index) {
        m_index = std::make_unique<LibraryIndex>(m_path);
        if (!m_index->open()) {
            const QString error = m_index->error();
            m_index.reset();
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
            return nullptr;
        }
        const QString notice = m_index->error(); // a damaged database moved aside
        if (!notice.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, notice] { Q_EMIT failed(notice); }, Qt::QueuedConnection);
    }
    return m_index.get();
}

void LibraryIndexService::indexAnalysed(const QString &path, const QString &hash, const AnalysisPtr &analysis)
{
    if (!analysis || hash.isEmpty())
        return;
    post([this, path, hash, analysis] {
        LibraryIndex *idx = index();
        if (!idx)
            return;
        if (idx->hasFacts(path, hash)) {
            QMetaObject::invokeMethod(
                this, [this, hash] { Q_EMIT factsWritten(hash); }, Qt::QueuedConnection);
            return;
        }
        const bool ok = idx->indexDocument(path, hash, *analysis);
        const QString error = idx->error();
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, hash] {
                if (ok) {
                    Q_EMIT indexChanged();
                    Q_EMIT factsWritten(hash);
                } else
                    Q_EMIT failed(error);
            },
            Qt::QueuedConnection);
    });
}

void LibraryIndexService::update(const QStringList &files)
{
    post([this, files] { runIndexer(files, false); });
}

void LibraryIndexService::rebuild(const QStringList &files)
{
    post([this, files] { runIndexer(files, true); });
}

// On the index thread.
void LibraryIndexService::runIndexer(const QStringList &files, bool clearFirst)
{
    LibraryIndex *idx = index();
    if (!idx)
        return;
    if (clearFirst && !idx->clear()) {
        const QString error = idx->error();
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    LibraryIndexer indexer(*idx);
    indexer.setStopFlag(&m_stop);
    indexer.setProgress([this](int done, int total, const QString &) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    });
    const IndexSummary s = indexer.run(files);
    const int failures = int(s.failed.size());
    QMetaObject::invokeMethod(
        this,
        [this, s, failures] {
            Q_EMIT indexChanged();
            Q_EMIT finished(s.indexed, s.skipped, failures);
        },
        Qt::QueuedConnection);
}

} // namespace diptych
