#include "library/LibraryIndexer.h"

#include "analysis/Analyzer.h"
#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"
#include "spelling/Speller.h"
#include "storage/FileNames.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace diptych {

struct LibraryIndexer::Pending {
    QString file;
    QString hash;
};

namespace {

struct Hashed {
    QString file;
    QString hash;
    QString error;
};

struct Outcome {
    Analysis analysis;
    QString error;
    bool ok = false;
};

Hashed hashOf(const QString &file)
{
    Hashed out{file, QString(), QString()};
    out.hash = LibraryStore::hashFile(file, &out.error);
    return out;
}

Outcome analyse(const QString &file)
{
    Outcome out;
    out.ok = Analyzer(Speller::shared()).analyzeFile(file, out.analysis, out.error);
    // The word boxes are for drawing on pages; the index does not keep them.
    out.analysis.source = SourceDocument();
    return out;
}

} // namespace

LibraryIndexer::LibraryIndexer(LibraryIndex &index) : m_index(index) {}

bool LibraryIndexer::isIndexable(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("txt");
}

QStringList LibraryIndexer::collectFiles(const QStringList &paths, QVector<IndexFailure> *failed)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (failed) {
                for (const QString &name : FileNames::unrepresentableUnder(path))
                    failed->append({name, FileNames::reason()});
            }
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isIndexable(file))
                    out << QFileInfo(file).absoluteFilePath();
            }
        } else if (info.isFile()) {
            out << info.absoluteFilePath();
        } else if (failed) {
            failed->append({path, QStringLiteral("no such file or folder")});
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

void LibraryIndexer::report(const QString &file)
{
    ++m_done;
    if (m_progress)
        m_progress(m_done, m_total, file);
}

IndexSummary LibraryIndexer::run(const QStringList &files)
{
    IndexSummary summary;
    m_done = 0;
    m_total = int(files.size());
    const QList<Hashed> hashed = QtConcurrent::blockingMapped(files, hashOf);
    QVector<Pending> pending;
    QSet<QString> seen;
    for (const Hashed &h : hashed) {
        if (h.hash.isEmpty()) {
            summary.failed.append({h.file, h.error});
            report(h.file);
            continue;
        }
        // The same bytes under a second name are indexed once, under the name still on disk.
        const QString known = m_index.pathOf(h.hash);
        const bool elsewhere = !known.isEmpty() && known != h.file && QFileInfo::exists(known);
        if (seen.contains(h.hash) || elsewhere || m_index.isCurrent(h.file, h.hash)) {
            ++summary.skipped;
            report(h.file);
            continue;
        }
        seen.insert(h.hash);
        pending.append({h.file, h.hash});
    }
    const int batchSize = std::max(4, 2 * QThreadPool::globalInstance()->maxThreadCount());
    for (int i = 0; i < pending.size() && !stopped(); i += batchSize)
        analyseBatch(pending.mid(i, batchSize), summary);
    return summary;
}

void LibraryIndexer::analyseBatch(const QVector<Pending> &batch, IndexSummary &summary)
{
    QStringList files;
    for (const Pending &p : batch)
        files << p.file;
    QList<Outcome> outcomes = QtConcurrent::blockingMapped(files, analyse);
    for (int i = 0; i < batch.size(); ++i) {
        const Pending &p = batch[i];
        if (!outcomes[i].ok)
            summary.failed.append({p.file, outcomes[i].error});
        else if (!m_index.indexDocument(p.file, p.hash, outcomes[i].analysis))
            summary.failed.append({p.file, m_index.error()});
        else
            ++summary.indexed;
        outcomes[i] = Outcome(); // let the batch's memory go as it is written
        report(p.file);
    }
}

} // namespace diptych
