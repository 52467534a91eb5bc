#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace diptych {

class LibraryIndex;

struct IndexFailure {
    QString file;
    QString reason;
};

// What one indexing run did.
struct IndexSummary {
    int indexed = 0;
    int skipped = 0; // unchanged since the last run, or the same bytes as another file
    QVector<IndexFailure> failed;
};

// Brings a LibraryIndex up to date with files on disk: hashes every file, skips those
// indexed with the same content, analyses the rest in parallel (QtConcurrent) and writes
// each result as it comes. Files are taken in batches a little larger than the thread
// pool, so memory stays flat however many files there are. Runs on the calling thread,
// which must be the index's thread; the analyses run on the global thread pool.
class LibraryIndexer
{
public:
    // done of total files handled; file is the last one.
    using Progress = std::function<void(int done, int total, const QString &file)>;

    explicit LibraryIndexer(LibraryIndex &index);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between files: when it turns true, run() returns with what it has done.
    void setStopFlag(const std::atomic<bool> *stop) { m_stop = stop; }

    // PDF and .txt files among paths, folders searched recursively; sorted, each once.
    // A path that is neither is reported in failed with the reason.
    static QStringList collectFiles(const QStringList &paths, QVector<IndexFailure> *failed = nullptr);
    static bool isIndexable(const QString &file);

    IndexSummary run(const QStringList &files);

private:
    struct Pending;
    void analyseBatch(const QVector<Pending> &batch, IndexSummary &summary);
    void report(const QString &file);

    LibraryIndex &m_index;
    bool stopped() const { return m_stop && m_stop->load(); }

    Progress m_progress;
    const std::atomic<bool> *m_stop = nullptr;
    int m_done = 0;
    int m_total = 0;
};

} // namespace diptych
