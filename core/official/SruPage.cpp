#include "official/SruPage.h"

#include <QXmlStreamReader>

namespace diptych {

namespace {

// Fills the record from one element inside <record>; the paths are those parlhist reads
// (dossiernummer, ondernummer, subrubriek[@scheme='OVERHEIDop.KamerstukTypen'],
// itemUrl[@manifestation]) and the owmskern identifier and title.
void readRecordField(QXmlStreamReader &xml, OfficialRecord &record)
{
    const QStringView name = xml.name();
    const QString scheme = xml.attributes().value(QLatin1String("scheme")).toString();
    const QString manifestation = xml.attributes().value(QLatin1String("manifestation")).toString();
    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    if (name == QLatin1String("identifier") && record.id.isEmpty())
        record.id = text;
    else if (name == QLatin1String("title") && record.title.isEmpty())
        record.title = text;
    else if (name == QLatin1String("dossiernummer") && record.dossier.isEmpty())
        record.dossier = text;
    else if (name == QLatin1String("ondernummer"))
        record.number = text;
    else if (name == QLatin1String("subrubriek") && scheme == QLatin1String("OVERHEIDop.KamerstukTypen"))
        record.type = text;
    else if ((name == QLatin1String("issued") || name == QLatin1String("date")) && !record.date.isValid())
        record.date = QDate::fromString(text.left(10), Qt::ISODate);
    else if (name == QLatin1String("itemUrl") && manifestation == QLatin1String("pdf"))
        record.pdfUrl = text;
    else if (name == QLatin1String("itemUrl") && manifestation == QLatin1String("metadata"))
        record.metadataUrl = text;
}

// Reads up to the end of the <record> element whose start was just read.
OfficialRecord readRecord(QXmlStreamReader &xml)
{
    OfficialRecord record;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
        } else if (xml.isStartElement()) {
            static const QStringList kContainers = {QStringLiteral("recordData"),   QStringLiteral("gzd"),
                                                    QStringLiteral("originalData"), QStringLiteral("meta"),
                                                    QStringLiteral("owmskern"),     QStringLiteral("owmsmantel"),
                                                    QStringLiteral("tpmeta"),       QStringLiteral("enrichedData")};
            if (kContainers.contains(xml.name().toString()))
                ++depth;
            else
                readRecordField(xml, record);
        }
    }
    return record;
}

} // namespace

SruPage SruPage::parse(const QByteArray &bytes)
{
    SruPage page;
    QXmlStreamReader xml(bytes);
    bool sawResponse = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("searchRetrieveResponse"))
            sawResponse = true;
        else if (xml.name() == QLatin1String("numberOfRecords"))
            page.numberOfRecords = xml.readElementText().trimmed().toInt();
        else if (xml.name() == QLatin1String("record"))
            page.records.append(readRecord(xml));
    }
    if (xml.hasError())
        page.error = QStringLiteral("malformed search response: ") + xml.errorString();
    else if (!sawResponse)
        page.error = QStringLiteral("not an SRU search response");
    return page;
}

} // namespace diptych
