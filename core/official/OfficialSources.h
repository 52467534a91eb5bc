#pragma once

#include <QString>
#include <QUrl>

namespace diptych {

// Where the official publications are: KOOP's SRU search, its repository of files and the
// site that serves a Kamerstuk by its id. A mirror or a test server replaces all three with
// one base URL (diptych-cli fetch --source), and the URLs that the search results name are
// moved onto that base too, so that nothing goes to the real hosts then.
class OfficialSources
{
public:
    // The real services.
    OfficialSources();
    // Everything under base ("http://127.0.0.1:8080").
    explicit OfficialSources(const QUrl &base);

    QUrl sruUrl() const;
    // The PDF of a publication by the official URL pattern ("kst-28676-499" ->
    // https://zoek.officielebekendmakingen.nl/kst-28676-499.pdf), as the public client
    // openkamer-style scrapers use it (e.g. a motion fetcher on GitHub building
    // `https://zoek.officielebekendmakingen.nl/kst-${parts}.pdf`).
    QUrl pdfUrl(const QString &officialId) const;
    // Its metadata.xml in KOOP's repository: frbr/officielepublicaties/kst/DOSSIER/ID/1/
    // metadata/metadata.xml, the layout of the itemUrl elements in real SRU records
    // (../shared/official-sources record 01 for gmb; a public client's recorded kst record
    // shows kst/37020-IX/kst-37020-IX-40/1/pdf/...).
    QUrl metadataUrl(const QString &officialId, const QString &dossier) const;
    // A URL from a search result, moved onto the replacement base when there is one.
    QUrl resolve(const QString &url) const;

    // "Diptych/0.1.0 (...)": names the program and its version to the services.
    static QByteArray userAgent();

private:
    QUrl m_base; // empty: the real services
};

} // namespace diptych
