#pragma once

#include "official/FetchReport.h"
#include "official/HttpClient.h"
#include "official/OfficialRecord.h"
#include "official/OfficialSources.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace diptych {

class LibraryIndex;
class LibraryStore;

// Fills the library from the official sources: the Kamerstukken of a dossier (DossierSearch)
// or one Kamerstuk by its id. Each new one's metadata.xml and PDF are downloaded whole into
// the library folder (VerifiedDownload), analysed with the metadata winning (OfficialFacts)
// and indexed; only then is it a library row. Known ones are skipped: by official id before
// anything is downloaded, by content hash after. A dossier's letter the reader removed from
// the library is left out (LibraryStore::wasRemoved); asked for by its id, it comes again.
// Files already downloaded whole are used again, so a run that was interrupted resumes
// where it stopped.
// Runs on the calling thread, which must be the thread of the store and the index.
class OfficialFetcher
{
public:
    struct Settings {
        OfficialSources sources;
        QString folder; // where the letters go
        HttpClient::Options http;
    };
    // After each publication: done of total, and what happened to it.
    using Progress = std::function<void(int done, int total, const FetchOutcome &outcome)>;

    OfficialFetcher(LibraryStore &store, LibraryIndex &index, const Settings &settings);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between requests and while waiting for one.
    void setCancelFlag(const std::atomic<bool> *cancel);

    // since valid: only those issued on or after it. Leaves out letters the reader removed.
    FetchReport fetchDossier(const QString &dossier, const QDate &since = QDate());
    // "kst-28676-499", by the official URL pattern of its PDF.
    FetchReport fetchId(const QString &officialId);

    // The record an id names (dossier and number from the id, URLs by pattern); id empty
    // when it is not a Kamerstuk id.
    static OfficialRecord recordForId(const QString &officialId, const OfficialSources &sources);

private:
    enum class Removed { LeaveOut, FetchAgain };
    void fetchAll(const QVector<OfficialRecord> &records, Removed removed, FetchReport &report);
    FetchOutcome fetch(const OfficialRecord &record, Removed removed);
    bool download(const OfficialRecord &record, const QString &pdf, FetchOutcome &outcome);
    FetchOutcome addToLibrary(const OfficialRecord &record, const QString &pdf);
    void removeLeftoverParts() const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    LibraryStore &m_store;
    LibraryIndex &m_index;
    Settings m_settings;
    HttpClient m_http;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace diptych
