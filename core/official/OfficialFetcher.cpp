#include "official/OfficialFetcher.h"

#include "analysis/Analyzer.h"
#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"
#include "official/DossierSearch.h"
#include "official/VerifiedDownload.h"
#include "spelling/Speller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace diptych {

namespace {

FetchOutcome outcome(const QString &id, FetchOutcome::Status status, const QString &path, const QString &reason)
{
    return FetchOutcome{id, status, path, reason};
}

void removeFiles(const QString &pdf)
{
    QFile::remove(pdf);
    QFile::remove(OfficialMetadata::sidecarPath(pdf));
}

} // namespace

OfficialFetcher::OfficialFetcher(LibraryStore &store, LibraryIndex &index, const Settings &settings)
    : m_store(store), m_index(index), m_settings(settings), m_http(settings.http)
{
}

void OfficialFetcher::setCancelFlag(const std::atomic<bool> *cancel)
{
    m_cancel = cancel;
    m_http.setCancelFlag(cancel);
}

OfficialRecord OfficialFetcher::recordForId(const QString &officialId, const OfficialSources &sources)
{
    // kst-DOSSIER-NUMBER, the dossier with its roman or numbered part: kst-36200-V-5, kst-21501-02-3121.
    static const QRegularExpression kKamerstuk(QStringLiteral("^kst-(\\d+(?:-[0-9A-Za-z]+)*)-(\\d+)$"));
    const QRegularExpressionMatch m = kKamerstuk.match(officialId.trimmed());
    OfficialRecord record;
    if (!m.hasMatch())
        return record;
    record.id = officialId.trimmed();
    record.dossier = m.captured(1);
    record.number = m.captured(2);
    record.pdfUrl = sources.pdfUrl(record.id).toString();
    record.metadataUrl = sources.metadataUrl(record.id, record.dossier).toString();
    record.metadataInferred = true;
    return record;
}

FetchReport OfficialFetcher::fetchDossier(const QString &dossier, const QDate &since)
{
    FetchReport report;
    QVector<OfficialRecord> records;
    if (!DossierSearch(m_http, m_settings.sources).run(dossier, records, report.searchError))
        return report;
    report.found = int(records.size());
    if (since.isValid()) {
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const OfficialRecord &r) { return r.date.isValid() && r.date < since; }),
                      records.end());
    }
    fetchAll(records, Removed::LeaveOut, report);
    return report;
}

FetchReport OfficialFetcher::fetchId(const QString &officialId)
{
    FetchReport report;
    const OfficialRecord record = recordForId(officialId, m_settings.sources);
    if (record.id.isEmpty()) {
        report.searchError = QStringLiteral("not a Kamerstuk id (kst-DOSSIER-NUMBER): ") + officialId;
        return report;
    }
    report.found = 1;
    fetchAll({record}, Removed::FetchAgain, report);
    return report;
}

void OfficialFetcher::fetchAll(const QVector<OfficialRecord> &records, Removed removed, FetchReport &report)
{
    if (!QDir().mkpath(m_settings.folder)) {
        report.searchError = QStringLiteral("cannot create the folder ") + m_settings.folder;
        return;
    }
    removeLeftoverParts();
    for (const OfficialRecord &record : records) {
        if (cancelled()) {
            report.cancelled = true;
            return;
        }
        report.outcomes.append(fetch(record, removed));
        if (m_progress)
            m_progress(int(report.outcomes.size()), int(records.size()), report.outcomes.last());
    }
}

FetchOutcome OfficialFetcher::fetch(const OfficialRecord &record, Removed removed)
{
    if (const auto known = m_store.bySelfId(record.id))
        return outcome(record.id, FetchOutcome::Status::Known, known->path, QStringLiteral("in the library"));
    if (removed == Removed::LeaveOut && m_store.wasRemoved(record.id))
        return outcome(record.id, FetchOutcome::Status::Removed, QString(),
                       QStringLiteral("removed from the library; fetch --id brings it back"));
    if (record.pdfUrl.isEmpty())
        return outcome(record.id, FetchOutcome::Status::Failed, QString(), QStringLiteral("the record names no PDF"));
    const QString pdf = QDir(m_settings.folder).filePath(record.id + QStringLiteral(".pdf"));
    FetchOutcome result = outcome(record.id, FetchOutcome::Status::Failed, QString(), QString());
    if (!download(record, pdf, result))
        return result;
    FetchOutcome added = addToLibrary(record, pdf);
    if (added.status == FetchOutcome::Status::Added)
        added.reason = result.reason; // added without its metadata, say why
    return added;
}

// The PDF first (an unknown id shows there: 404 or the fout404 page), then its metadata. A
// file that is already there was verified before it was renamed into place (an interrupted
// run), so it is not asked for again.
bool OfficialFetcher::download(const OfficialRecord &record, const QString &pdf, FetchOutcome &result)
{
    VerifiedDownload download(m_http);
    const QString metadata = OfficialMetadata::sidecarPath(pdf);
    QString error;
    if (!QFileInfo::exists(pdf)
        && !download.fetch(m_settings.sources.resolve(record.pdfUrl), pdf, VerifiedDownload::checkPdf, error)) {
        result.reason = QStringLiteral("PDF: ") + error;
        return false;
    }
    if (!record.metadataUrl.isEmpty() && !QFileInfo::exists(metadata)
        && !download.fetch(m_settings.sources.resolve(record.metadataUrl), metadata, VerifiedDownload::checkMetadata,
                           error)) {
        result.reason = QStringLiteral("metadata.xml: ") + error;
        if (!record.metadataInferred)
            return false;
        // The PDF is the letter; without metadata it is read by our own analysis alone.
        result.reason = QStringLiteral("without official metadata (metadata.xml: %1)").arg(error);
    }
    return true;
}

FetchOutcome OfficialFetcher::addToLibrary(const OfficialRecord &record, const QString &pdf)
{
    QString error;
    const QString hash = LibraryStore::hashFile(pdf, &error);
    if (hash.isEmpty())
        return outcome(record.id, FetchOutcome::Status::Failed, QString(), error);
    if (const auto known = m_store.byHash(hash); known && known->path != pdf) {
        // The same letter under another name: it keeps its file and learns its official id.
        removeFiles(pdf);
        m_store.setOfficialId(hash, record.id);
        return outcome(record.id, FetchOutcome::Status::Known, known->path,
                       QStringLiteral("the same file is in the library"));
    }
    Analysis analysis;
    if (!Analyzer(Speller::shared()).analyzeFile(pdf, analysis, error)) {
        removeFiles(pdf);
        return outcome(record.id, FetchOutcome::Status::Failed, QString(), QStringLiteral("unreadable PDF: ") + error);
    }
    analysis.source = SourceDocument(); // the index needs the text, not the word boxes
    if (!m_index.indexDocument(pdf, hash, analysis))
        return outcome(record.id, FetchOutcome::Status::Failed, pdf, m_index.error());
    // The id it was fetched by, even when its pages print another or none, or the metadata
    // that would have said so was not found.
    if (!m_store.setOfficialId(hash, record.id))
        return outcome(record.id, FetchOutcome::Status::Failed, pdf, m_store.error());
    return outcome(record.id, FetchOutcome::Status::Added, pdf, QString());
}

// What a killed run may have left: a body written but not yet renamed into place. Another
// process fetching into the same folder right now keeps its own.
void OfficialFetcher::removeLeftoverParts() const
{
    const QDir folder(m_settings.folder);
    for (const QString &part : folder.entryList({QStringLiteral("*.part")}, QDir::Files)) {
        if (VerifiedDownload::isLeftoverPart(part))
            QFile::remove(folder.filePath(part));
    }
}

} // namespace diptych
