#include "official/DossierSearch.h"

#include "official/HttpClient.h"
#include "official/SruPage.h"

#include <QUrlQuery>

namespace diptych {

DossierSearch::DossierSearch(HttpClient &http, const OfficialSources &sources) : m_http(http), m_sources(sources) {}

QString DossierSearch::query(const QString &dossier)
{
    return QStringLiteral("c.product-area==officielepublicaties AND w.dossiernummer==") + dossier
           + QStringLiteral(" AND w.publicatienaam==Kamerstuk");
}

QUrl DossierSearch::pageUrl(const QString &dossier, int startRecord) const
{
    QUrl url = m_sources.sruUrl();
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("httpAccept"), QStringLiteral("application/xml"));
    params.addQueryItem(QStringLiteral("startRecord"), QString::number(startRecord));
    params.addQueryItem(QStringLiteral("maximumRecords"), QString::number(kPageSize));
    params.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(query(dossier))));
    url.setQuery(params);
    return url;
}

bool DossierSearch::run(const QString &dossier, QVector<OfficialRecord> &records, QString &error)
{
    records.clear();
    int start = 1;
    int total = 0;
    do {
        const HttpResult reply = m_http.get(pageUrl(dossier, start));
        const SruPage page = reply.ok ? SruPage::parse(reply.body) : SruPage();
        error = reply.ok ? page.error : reply.error;
        if (!error.isEmpty() || (page.records.isEmpty() && start <= page.numberOfRecords)) {
            if (error.isEmpty())
                error = QStringLiteral("the search announced %1 records but gave %2")
                            .arg(page.numberOfRecords)
                            .arg(start - 1);
            records.clear();
            return false;
        }
        total = page.numberOfRecords;
        records += page.records;
        start += int(page.records.size());
    } while (start <= total);
    return true;
}

} // namespace diptych
