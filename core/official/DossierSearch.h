#pragma once

#include "official/OfficialRecord.h"
#include "official/OfficialSources.h"

#include <QString>
#include <QVector>

namespace diptych {

class HttpClient;

// Every Kamerstuk of one dossier, from KOOP's SRU search, page by page until the
// numberOfRecords it announced are read. A server may return fewer records per page than
// asked (KOOP caps maximumRecords), so the next page starts after the records received.
class DossierSearch
{
public:
    DossierSearch(HttpClient &http, const OfficialSources &sources);

    // False with error set when a page cannot be had or read; records then holds none.
    bool run(const QString &dossier, QVector<OfficialRecord> &records, QString &error);

    // The CQL of parlhist's kamerdossier crawler (../shared/official-sources README).
    static QString query(const QString &dossier);
    QUrl pageUrl(const QString &dossier, int startRecord) const;

    static constexpr int kPageSize = 50;

private:
    HttpClient &m_http;
    OfficialSources m_sources;
};

} // namespace diptych
