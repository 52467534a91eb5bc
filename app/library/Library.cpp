#include "library/Library.h"

#include <QFileInfo>

namespace diptych {

Library::Library(LibraryStore &store, AnalysisService &analyses, QObject *parent)
    : QObject(parent), m_store(store), m_analyses(analyses)
{
    connect(&m_analyses, &AnalysisService::ready, this, &Library::onReady);
    connect(&m_analyses, &AnalysisService::failed, this,
            [this](const QString &path) { m_waiting.remove(path); });
}

bool Library::add(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString hash = LibraryStore::hashFile(absolute, error);
    if (hash.isEmpty())
        return false;
    if (!m_store.byHash(hash)) {
        // Listed at once under "Other" with its file name; the analysis fills in the rest.
        LibraryEntry entry;
        entry.hash = hash;
        entry.path = absolute;
        entry.added = QDateTime::currentDateTimeUtc();
        m_store.put(entry);
        Q_EMIT changed();
    }
    m_waiting.insert(absolute, hash);
    m_analyses.request(absolute);
    return true;
}

void Library::remove(const QString &hash)
{
    m_store.remove(hash);
    Q_EMIT changed();
}

void Library::addSamplesIfEmpty(const QString &sampleDir, const QString &targetDir)
{
    if (!m_store.isEmpty())
        return;
    for (const QString &path : LibraryStore::copySamples(sampleDir, targetDir))
        add(path);
}

void Library::refreshIncomplete()
{
    for (const LibraryEntry &e : m_store.entries()) {
        if ((e.title.isEmpty() || e.meeting.type.isEmpty()) && QFileInfo::exists(e.path)) {
            m_waiting.insert(e.path, e.hash);
            m_analyses.request(e.path);
        }
    }
}

QString Library::pathForSelfId(const QString &selfId) const
{
    const std::optional<LibraryEntry> e = m_store.bySelfId(selfId);
    return e ? e->path : QString();
}

void Library::onReady(const QString &path, const AnalysisPtr &analysis)
{
    const auto it = m_waiting.constFind(path);
    if (it == m_waiting.constEnd())
        return;
    const QString hash = it.value();
    m_waiting.erase(it);
    m_store.put(LibraryEntry::fromAnalysis(hash, path, *analysis));
    Q_EMIT changed();
}

} // namespace diptych
