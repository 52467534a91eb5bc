#pragma once

#include "analysis/AnalysisService.h"
#include "library/LibraryStore.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QFileSystemWatcher;

namespace diptych {

// The library as the application sees it: the store plus the analyses that fill in each
// document's title, kind and meeting. Adding a file is instant; its details follow.
//
// The library lists a letter (the store's add) and takes it out; what an analysis found is
// written to the database by the search index alone (LibraryIndexService, with the search
// rows, in one transaction). Until the index says it has (factsWritten), the library shows
// those facts from the analysis itself, so the list does not wait for the index thread.
class Library : public QObject
{
    Q_OBJECT
public:
    Library(LibraryStore &store, AnalysisService &analyses, QObject *parent = nullptr);

    LibraryStore &store() { return m_store; }
    // The library's letters, read from the store once per change and shared by every view
    // that asks (library panel, welcome page, annotation filters, links), which each read
    // the whole table on every change before.
    const QVector<LibraryEntry> &entries() const;
    // The paths of the library's documents that are still on disk.
    QStringList existingFiles() const;
    // Adds files (duplicates by content are kept once); false and error when unreadable.
    // The reader's choice: a letter they removed earlier comes back.
    bool add(const QString &path, QString *error = nullptr);
    void remove(const QString &hash);
    // With an empty library: copies the bundled samples from sampleDir and adds them.
    void addSamplesIfEmpty(const QString &sampleDir, const QString &targetDir);
    // Analyses the letters that were never analysed, or only by an older version that did
    // not store all the facts (a library migrated from an earlier schema).
    void refreshIncomplete();
    // Watches folders: PDF and text files that appear in them are added (existing ones too),
    // but for letters the reader removed from the library.
    void watchFolder(const QString &folder);
    QStringList watchedFolders() const;
    // The library document with this official id, if any.
    QString pathForSelfId(const QString &selfId) const;
    // A letter as the list shows it (with facts the index has not written yet).
    std::optional<LibraryEntry> byHash(const QString &hash) const;
    std::optional<LibraryEntry> byPath(const QString &path) const;

    // The search index has written the facts of this analysed letter: they are read from
    // the database from now on.
    void factsWritten(const QString &hash);

Q_SIGNALS:
    void changed();
    // A library document was analysed (added, or refreshed): the search index takes it.
    void analysed(const QString &path, const QString &hash, diptych::AnalysisPtr analysis);

private:
    void onReady(const QString &path, const AnalysisPtr &analysis);
    // Every change to the list goes out through here: the shared list is read again.
    void notifyChanged();
    void scanFolder(const QString &folder);
    void addFile(const QString &absolutePath, const QString &hash);
    LibraryEntry shown(const LibraryEntry &stored) const;

    LibraryStore &m_store;
    AnalysisService &m_analyses;
    QHash<QString, QString> m_waiting; // path -> hash, added but not yet analysed
    QHash<QString, LibraryEntry> m_unwritten; // hash -> its analysis's facts, until the index wrote them
    QFileSystemWatcher *m_watcher;
    mutable std::optional<QVector<LibraryEntry>> m_entries;
};

} // namespace diptych
