#include "links/LibraryLinks.h"

#include "analysis/AnalysisService.h"
#include "library/Library.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace diptych {

LibraryLinks::LibraryLinks(Library &library, AnalysisService &analyses, QObject *parent)
    : QObject(parent), m_library(library), m_analyses(analyses), m_debounce(new QTimer(this)),
      m_snapshot(std::make_shared<LinkSnapshot>())
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LibraryLinks::start);
    connect(&m_library, &Library::changed, this, &LibraryLinks::schedule);
    schedule();
}

// A running computation cannot be stopped; its watcher dies with us and drops the result.
LibraryLinks::~LibraryLinks() = default;

bool LibraryLinks::isScheduled() const { return m_debounce->isActive(); }

void LibraryLinks::schedule()
{
    const bool wasBusy = isBusy();
    m_debounce->start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void LibraryLinks::refresh()
{
    m_debounce->stop();
    start();
}

void LibraryLinks::start()
{
    if (m_running) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_running = true;
    QVector<LinkedDocument> documents;
    for (const LibraryEntry &e : m_library.entries()) {
        if (!QFileInfo::exists(e.path))
            continue;
        LinkAnalysisPtr analysis = m_cache.value(e.hash);
        if (!analysis) {
            if (const AnalysisPtr known = m_analyses.cached(e.path))
                analysis = LinkSnapshot::slim(*known);
        }
        // A letter just added is being analysed already; the library changes again when
        // it is done, so it is linked then rather than analysed twice.
        if (!analysis && e.title.isEmpty() && m_analyses.pendingCount() > 0)
            continue;
        documents << LinkedDocument{e.hash, e.path, analysis};
    }
    // Opening a letter re-stores it: the same letters need no new links.
    if (sameLetters(documents)) {
        m_running = false;
        if (!isBusy())
            Q_EMIT busyChanged(false);
        return;
    }
    auto *watcher = new QFutureWatcher<LinkSnapshot>(this);
    connect(watcher, &QFutureWatcher<LinkSnapshot>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&LinkSnapshot::build, documents));
}

bool LibraryLinks::sameLetters(const QVector<LinkedDocument> &documents) const
{
    const QVector<LinkedDocument> &linked = m_snapshot->documents();
    if (documents.size() != linked.size())
        return false;
    for (int i = 0; i < documents.size(); ++i) {
        if (!documents[i].analysis || documents[i].analysis != linked[i].analysis
            || documents[i].path != linked[i].path)
            return false;
    }
    return true;
}

void LibraryLinks::finish(const LinkSnapshot &snapshot)
{
    m_running = false;
    QHash<QString, LinkAnalysisPtr> cache;
    for (const LinkedDocument &d : snapshot.documents())
        cache.insert(d.hash, d.analysis);
    m_cache = cache; // letters no longer in the library are forgotten
    m_snapshot = std::make_shared<LinkSnapshot>(snapshot);
    if (m_dirty)
        start();
    Q_EMIT updated();
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

} // namespace diptych
