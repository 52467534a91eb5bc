// The official formats as KOOP publishes them (tests/data/official: real records and
// metadata.xml files), read by SruPage and OfficialMetadata; official facts winning over
// the analysis (OfficialFacts); where the official URLs are (OfficialSources).
#include "TestData.h"

#include "official/OfficialFacts.h"
#include "official/OfficialFetcher.h"
#include "official/OfficialMetadata.h"
#include "official/OfficialSources.h"
#include "official/SruPage.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::dataFile;

namespace {

QByteArray officialFile(const QString &name)
{
    QFile file(dataFile(QStringLiteral("official/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A response around the real records, as the search answers (numberOfRecords, records).
QByteArray envelope(int numberOfRecords, const QByteArray &records)
{
    return "<sru:searchRetrieveResponse xmlns:sru=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">"
           "<sru:version>2.0</sru:version><sru:numberOfRecords>"
           + QByteArray::number(numberOfRecords) + "</sru:numberOfRecords><sru:records>" + records
           + "</sru:records></sru:searchRetrieveResponse>";
}

} // namespace

TEST(SruPage, readsTheRealRecords)
{
    const SruPage page =
        SruPage::parse(envelope(641420, officialFile(QStringLiteral("sru-record_gmb-2023-174296.xml"))
                                            + officialFile(QStringLiteral("sru-record_ag-ek-2017-10-26.xml"))));
    ASSERT_TRUE(page.ok()) << page.error.toStdString();
    EXPECT_EQ(page.numberOfRecords, 641420);
    ASSERT_EQ(page.records.size(), 2);
    const OfficialRecord &gmb = page.records[0];
    EXPECT_EQ(gmb.id, QStringLiteral("gmb-2023-174296"));
    EXPECT_TRUE(gmb.title.startsWith(QStringLiteral("Ingekomen melding, Frater Romboutsstraat 42")));
    EXPECT_EQ(gmb.date, QDate(2023, 4, 20));
    EXPECT_EQ(gmb.pdfUrl, QStringLiteral("https://repository.overheid.nl/frbr/officielepublicaties/gmb/2023/"
                                         "gmb-2023-174296/1/pdf/gmb-2023-174296.pdf"));
    EXPECT_EQ(gmb.metadataUrl, QStringLiteral("https://repository.overheid.nl/frbr/officielepublicaties/gmb/2023/"
                                              "gmb-2023-174296/1/metadata/metadata.xml"));
    const OfficialRecord &agenda = page.records[1];
    EXPECT_EQ(agenda.id, QStringLiteral("ag-ek-2017-10-26"));
    EXPECT_EQ(agenda.title, QStringLiteral("Agenda van de vergaderingen van 31 oktober 2017"));
    EXPECT_EQ(agenda.date, QDate(2017, 10, 26));
}

TEST(SruPage, readsTheKamerstukFieldsWithTheirNamespaces)
{
    QByteArray record = officialFile(QStringLiteral("kamerstuk-record.template.xml"));
    record.replace("{ID}", "kst-28676-499")
        .replace("{DOSSIER}", "28676")
        .replace("{NUMBER}", "499")
        .replace("{TITLE}", "Verslag NAVO-top")
        .replace("{DATE}", "2024-07-15")
        .replace("{TYPE}", "Brief")
        .replace("{VERGADERJAAR}", "2023-2024")
        .replace("{POSITION}", "1");
    QByteArray body = envelope(1, record);
    body.replace("<sru:searchRetrieveResponse ",
                 "<sru:searchRetrieveResponse xmlns:gzd=\"http://standaarden.overheid.nl/sru\" "
                 "xmlns:overheidwetgeving=\"http://standaarden.overheid.nl/wetgeving/\" "
                 "xmlns:c=\"http://standaarden.overheid.nl/collectie/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ");
    const SruPage page = SruPage::parse(body);
    ASSERT_TRUE(page.ok()) << page.error.toStdString();
    ASSERT_EQ(page.records.size(), 1);
    const OfficialRecord &r = page.records[0];
    EXPECT_EQ(r.id, QStringLiteral("kst-28676-499"));
    EXPECT_EQ(r.dossier, QStringLiteral("28676"));
    EXPECT_EQ(r.number, QStringLiteral("499"));
    EXPECT_EQ(r.type, QStringLiteral("Brief"));
    EXPECT_EQ(r.date, QDate(2024, 7, 15));
    EXPECT_TRUE(r.pdfUrl.endsWith(QStringLiteral("/kst/28676/kst-28676-499/1/pdf/kst-28676-499.pdf")));
}

TEST(SruPage, malformedXmlAndOtherAnswersAreErrors)
{
    const QByteArray whole = envelope(2, officialFile(QStringLiteral("sru-record_gmb-2023-174296.xml")));
    EXPECT_FALSE(SruPage::parse(whole.left(whole.size() / 2)).ok());
    EXPECT_FALSE(SruPage::parse("<html><body>Onderhoud</body></html>").ok());
    EXPECT_FALSE(SruPage::parse(QByteArray()).ok());
    const SruPage empty = SruPage::parse(envelope(0, QByteArray()));
    EXPECT_TRUE(empty.ok());
    EXPECT_EQ(empty.numberOfRecords, 0);
}

TEST(OfficialMetadata, readsTheRealParliamentaryMetadata)
{
    const OfficialMetadata m = OfficialMetadata::parse(officialFile(QStringLiteral("metadata_ah-1151601.xml")));
    ASSERT_TRUE(m.ok()) << m.error.toStdString();
    EXPECT_EQ(m.id, QStringLiteral("ah-1151601"));
    EXPECT_EQ(m.title, QStringLiteral("Uitstel beantwoording vragen van het lid Pijpelink over de doorstroomtoets"));
    EXPECT_EQ(m.indiener, QStringLiteral("A. Pijpelink"));
    EXPECT_EQ(m.ontvanger, QStringLiteral("M.L.J. Paul"));
    EXPECT_EQ(m.vergaderjaar, QStringLiteral("2023-2024"));
    EXPECT_EQ(m.date, QDate(2024, 7, 5));
    EXPECT_EQ(m.parliamentaryType, QStringLiteral("Aanhangsel van de Handelingen"));
    EXPECT_EQ(OfficialFacts::documentType(m), DocumentType::Aanhangsel);
}

TEST(OfficialMetadata, readsOtherPublicationsAndRefusesWhatIsNone)
{
    const OfficialMetadata gmb = OfficialMetadata::parse(officialFile(QStringLiteral("metadata_gmb-2024-216934.xml")));
    ASSERT_TRUE(gmb.ok());
    EXPECT_EQ(gmb.id, QStringLiteral("gmb-2024-216934"));
    EXPECT_EQ(OfficialFacts::documentType(gmb), DocumentType::Other);
    EXPECT_FALSE(OfficialMetadata::parse("<html><body>fout404</body></html>").ok());
    EXPECT_FALSE(OfficialMetadata::parse("<metadata_gegevens><metadata name=").ok());
    EXPECT_EQ(OfficialMetadata::sidecarPath(QStringLiteral("/a/kst-28676-499.pdf")),
              QStringLiteral("/a/kst-28676-499.metadata.xml"));
}

TEST(OfficialFacts, theMetadataWinsAndEachDisagreementIsKept)
{
    Analysis analysis;
    analysis.selfId = QStringLiteral("kst-28676-498");
    analysis.title = QStringLiteral("Verslag  van de NAVO-top");
    analysis.docType = DocumentType::Motie;
    OfficialMetadata m;
    m.id = QStringLiteral("kst-28676-499");
    m.title = QStringLiteral("Verslag van de NAVO-top"); // the same but for spacing
    m.type = QStringLiteral("Brief");
    OfficialFacts::apply(m, analysis);
    EXPECT_EQ(analysis.selfId, QStringLiteral("kst-28676-499"));
    EXPECT_EQ(analysis.title, QStringLiteral("Verslag van de NAVO-top"));
    EXPECT_EQ(analysis.docType, DocumentType::Brief);
    ASSERT_EQ(analysis.metadataDisagrees.size(), 2);
    EXPECT_EQ(analysis.metadataDisagrees[0].field, QStringLiteral("self"));
    EXPECT_EQ(analysis.metadataDisagrees[0].analysis, QStringLiteral("kst-28676-498"));
    EXPECT_EQ(analysis.metadataDisagrees[1].field, QStringLiteral("doc_type"));
    EXPECT_EQ(analysis.metadataDisagrees[1].analysis, QStringLiteral("motie"));
    EXPECT_EQ(analysis.metadataDisagrees[1].official, QStringLiteral("brief"));
    ASSERT_TRUE(analysis.official.has_value());
}

TEST(OfficialSources, realUrlsAndTheirReplacement)
{
    const OfficialSources real;
    EXPECT_EQ(real.sruUrl().toString(), QStringLiteral("https://repository.overheid.nl/sru"));
    EXPECT_EQ(real.pdfUrl(QStringLiteral("kst-28676-499")).toString(),
              QStringLiteral("https://zoek.officielebekendmakingen.nl/kst-28676-499.pdf"));
    const OfficialSources mirror(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    EXPECT_EQ(mirror.sruUrl().toString(), QStringLiteral("http://127.0.0.1:9/sru"));
    EXPECT_EQ(mirror.resolve(QStringLiteral("https://repository.overheid.nl/frbr/x.pdf")).toString(),
              QStringLiteral("http://127.0.0.1:9/frbr/x.pdf"));
    EXPECT_EQ(mirror.metadataUrl(QStringLiteral("kst-21501-02-3121"), QStringLiteral("21501-02")).toString(),
              QStringLiteral("http://127.0.0.1:9/frbr/officielepublicaties/kst/21501-02/kst-21501-02-3121/1/metadata/"
                             "metadata.xml"));
    EXPECT_TRUE(OfficialSources::userAgent().startsWith("Diptych/"));
}

TEST(OfficialSources, aKamerstukIdNamesItsDossierAndNumber)
{
    const OfficialSources real;
    const OfficialRecord r = OfficialFetcher::recordForId(QStringLiteral("kst-36200-V-5"), real);
    EXPECT_EQ(r.dossier, QStringLiteral("36200-V"));
    EXPECT_EQ(r.number, QStringLiteral("5"));
    EXPECT_EQ(OfficialFetcher::recordForId(QStringLiteral("kst-21501-02-3121"), real).dossier,
              QStringLiteral("21501-02"));
    EXPECT_TRUE(OfficialFetcher::recordForId(QStringLiteral("ah-tk-20232024-1314"), real).id.isEmpty());
    EXPECT_TRUE(OfficialFetcher::recordForId(QStringLiteral("kst-abc"), real).id.isEmpty());
}
