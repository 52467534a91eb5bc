#pragma once

#include "library/LibraryIndex.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace diptych {

// Runs library searches on a thread of its own with its own LibraryIndex on the library
// database (SQLite WAL lets it read while the indexer writes), so typing never waits for
// the database. Only the answer to the latest query is delivered.
class LibrarySearcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLimit = 200;

    explicit LibrarySearcher(const QString &databasePath, QObject *parent = nullptr);
    ~LibrarySearcher() override;

    void search(const QString &query);

Q_SIGNALS:
    // error is empty unless the index could not be opened.
    void finished(const QString &query, const QVector<diptych::SearchHit> &hits, const QString &error);

private:
    QString m_path;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread; searches run as its events
    std::shared_ptr<LibraryIndex> m_index; // created, used and destroyed on m_thread
    std::atomic<quint64> m_generation{0}; // the latest query; older ones are skipped
};

} // namespace diptych
