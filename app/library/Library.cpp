#include "library/Library.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace diptych {

Library::Library(LibraryStore &store, AnalysisService &analyses, QObject *parent)
    : QObject(parent), m_store(store), m_analyses(analyses), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Library::scanFolder);
    connect(&m_analyses, &AnalysisService::ready, this, &Library::onReady);
    connect(&m_analyses, &AnalysisService::failed, this, [this](const QString &path) { m_waiting.remove(path); });
}

bool Library::add(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString hash = LibraryStore::hashFile(absolute, error);
    if (hash.isEmpty())
        return false;
    addFile(absolute, hash);
    return true;
}

void Library::addFile(const QString &absolute, const QString &hash)
{
    if (!m_store.byHash(hash)) {
        // Listed at once under "Other" with its file name; the analysis fills in the rest.
        m_store.add(hash, absolute);
        notifyChanged();
    }
    m_waiting.insert(absolute, hash);
    m_analyses.request(absolute);
}

void Library::remove(const QString &hash)
{
    m_unwritten.remove(hash);
    // An analysis still under way would hand the letter to the index, which would list it again.
    m_waiting.removeIf([&hash](const auto &waiting) { return waiting.value() == hash; });
    m_store.remove(hash);
    notifyChanged();
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
    for (const LibraryEntry &e : entries()) {
        if (!e.isAnalysed() && QFileInfo::exists(e.path)) {
            m_waiting.insert(e.path, e.hash);
            m_analyses.request(e.path);
        }
    }
}

void Library::watchFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo(absolute).isDir() || m_watcher->directories().contains(absolute))
        return;
    m_watcher->addPath(absolute);
    scanFolder(absolute);
}

QStringList Library::watchedFolders() const { return m_watcher->directories(); }

void Library::scanFolder(const QString &folder)
{
    const QStringList patterns = {QStringLiteral("*.pdf"), QStringLiteral("*.PDF"), QStringLiteral("*.txt")};
    for (const QFileInfo &file : QDir(folder).entryInfoList(patterns, QDir::Files)) {
        const QString path = file.absoluteFilePath();
        if (m_store.byPath(path) || m_waiting.contains(path))
            continue;
        // A letter the reader removed stays out, though its file is still in the folder.
        const QString hash = LibraryStore::hashFile(path);
        if (!hash.isEmpty() && !m_store.wasFileRemoved(hash))
            addFile(path, hash);
    }
}

const QVector<LibraryEntry> &Library::entries() const
{
    if (!m_entries) {
        QVector<LibraryEntry> all = m_store.entries();
        for (LibraryEntry &e : all)
            e = shown(e);
        m_entries = all;
    }
    return *m_entries;
}

// The stored letter, with the facts of its analysis while the index has not written them.
LibraryEntry Library::shown(const LibraryEntry &stored) const
{
    const auto it = m_unwritten.constFind(stored.hash);
    if (it == m_unwritten.constEnd())
        return stored;
    LibraryEntry e = it.value();
    e.id = stored.id;
    e.added = stored.added;
    e.indexed = stored.indexed;
    return e;
}

std::optional<LibraryEntry> Library::byHash(const QString &hash) const
{
    const std::optional<LibraryEntry> stored = m_store.byHash(hash);
    return stored ? std::optional<LibraryEntry>(shown(*stored)) : std::nullopt;
}

std::optional<LibraryEntry> Library::byPath(const QString &path) const
{
    for (const LibraryEntry &e : m_unwritten) {
        if (e.path == path)
            return byHash(e.hash);
    }
    const std::optional<LibraryEntry> stored = m_store.byPath(path);
    return stored ? std::optional<LibraryEntry>(shown(*stored)) : std::nullopt;
}

// The list shows the same facts as before, now read from the database: no change to tell.
void Library::factsWritten(const QString &hash)
{
    if (m_unwritten.remove(hash))
        m_entries.reset();
}

void Library::notifyChanged()
{
    m_entries.reset();
    Q_EMIT changed();
}

QString Library::pathForSelfId(const QString &selfId) const
{
    if (selfId.isEmpty())
        return QString();
    for (const LibraryEntry &e : m_unwritten) {
        if (e.selfId == selfId && m_store.byHash(e.hash))
            return e.path;
    }
    const std::optional<LibraryEntry> e = m_store.bySelfId(selfId);
    return e ? shown(*e).path : QString();
}

QStringList Library::existingFiles() const
{
    QStringList out;
    for (const LibraryEntry &e : entries()) {
        if (QFileInfo::exists(e.path))
            out << e.path;
    }
    return out;
}

void Library::onReady(const QString &path, const AnalysisPtr &analysis)
{
    const auto it = m_waiting.constFind(path);
    if (it == m_waiting.constEnd())
        return;
    const QString hash = it.value();
    m_waiting.erase(it);
    // The index writes these facts (Application connects analysed to it); shown until then.
    m_unwritten.insert(hash, LibraryEntry::fromAnalysis(hash, path, *analysis));
    notifyChanged();
    Q_EMIT analysed(path, hash, analysis);
}

} // namespace diptych
