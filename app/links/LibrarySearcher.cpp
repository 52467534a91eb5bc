#include "links/LibrarySearcher.h"

#include <QThread>

namespace diptych {

LibrarySearcher::LibrarySearcher(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_thread(new QThread(this)), m_context(new QObject)
{
    qRegisterMetaType<QVector<diptych::SearchHit>>();
    m_thread->setObjectName(QStringLiteral("library-search"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

// The index is closed on the thread that opened it.
LibrarySearcher::~LibrarySearcher()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_index.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void LibrarySearcher::search(const QString &query)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_context,
        [this, query, generation] {
            if (generation != m_generation)
                return; // typed on since: only the latest query is worth answering
            QVector<SearchHit> hits;
            QString error;
            if (!m_index) {
                m_index = std::make_shared<LibraryIndex>(m_path);
                if (!m_index->open()) {
                    error = m_index->error();
                    m_index.reset();
                }
            }
            if (m_index && !query.trimmed().isEmpty())
                hits = m_index->search(query, kLimit);
            QMetaObject::invokeMethod(
                this,
                [this, query, hits, error, generation] {
                    if (generation == m_generation)
                        Q_EMIT finished(query, hits, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace diptych
