#pragma once

#include "analysis/AnalysisService.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace diptych {

class LibraryIndex;

// Keeps the library's search index (core LibraryIndex, same database as the library) up
// to date off the UI thread: documents the library has just analysed are written as they
// come, their facts (title, kind, meeting, official id) with their search rows, as the
// one writer of those facts; update() brings the index level with a list of files (unchanged ones skipped by
// content hash, the rest analysed in parallel); rebuild() empties it first. All index
// work runs on one thread of its own, in order. Searching is for a LibraryIndex of the
// caller's own thread on databasePath() (SQLite WAL lets it read while this one writes).
class LibraryIndexService : public QObject
{
    Q_OBJECT
public:
    explicit LibraryIndexService(const QString &databasePath, QObject *parent = nullptr);
    ~LibraryIndexService() override;

    QString databasePath() const { return m_path; }
    bool isBusy() const { return m_jobs > 0; }

    void indexAnalysed(const QString &path, const QString &hash, const AnalysisPtr &analysis);
    void update(const QStringList &files);
    void rebuild(const QStringList &files);

Q_SIGNALS:
    // done of total files of the current update or rebuild.
    void progress(int done, int total);
    // Something was written: open searches may want to run again.
    void indexChanged();
    // The letter given to indexAnalysed() has its facts in the library database: written
    // now, or there already from the same bytes.
    void factsWritten(const QString &hash);
    // An update or rebuild ended.
    void finished(int indexed, int skipped, int failed);
    void failed(const QString &error);
    void busyChanged(bool busy);

private:
    template<typename Job> void post(Job job);
    LibraryIndex *index(); // on the index thread only
    void runIndexer(const QStringList &files, bool clearFirst);

    QString m_path;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread; jobs run as its events
    std::unique_ptr<LibraryIndex> m_index; // created, used and destroyed on m_thread
    std::atomic<bool> m_stop{false};
    int m_jobs = 0; // UI thread only
};

} // namespace diptych
