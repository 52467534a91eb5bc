#pragma once

#include "links/LinkSnapshot.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace diptych {

class AnalysisService;
class Library;

// The links of the whole library, recomputed off the UI thread (QtConcurrent) whenever the
// library changes, a moment after the last change so a batch of added files links once.
// Analyses come from the AnalysisService cache when it has them and are kept here by content
// hash, so a change re-links without re-analysing the unchanged letters.
class LibraryLinks : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 400;

    LibraryLinks(Library &library, AnalysisService &analyses, QObject *parent = nullptr);
    ~LibraryLinks() override;

    // Never null: an empty snapshot until the first computation ends.
    LinkSnapshotPtr snapshot() const { return m_snapshot; }
    const Library &library() const { return m_library; }
    bool isBusy() const { return m_running || m_dirty || isScheduled(); }
    // Recomputes now instead of after the debounce delay.
    void refresh();

Q_SIGNALS:
    void updated();
    void busyChanged(bool busy);

private:
    bool isScheduled() const;
    void schedule();
    void start();
    bool sameLetters(const QVector<LinkedDocument> &documents) const;
    void finish(const LinkSnapshot &snapshot);

    Library &m_library;
    AnalysisService &m_analyses;
    QTimer *m_debounce;
    LinkSnapshotPtr m_snapshot;
    QHash<QString, LinkAnalysisPtr> m_cache; // content hash -> slim analysis
    bool m_running = false;
    bool m_dirty = false; // the library changed while a computation ran
};

} // namespace diptych
