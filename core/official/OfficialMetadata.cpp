#include "official/OfficialMetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace diptych {

namespace {

// The text facts by their metadata name ("DC.type|scheme" where the scheme tells them apart);
// the first row of a name wins.
const QHash<QString, QString OfficialMetadata::*> &textFacts()
{
    static const QHash<QString, QString OfficialMetadata::*> facts = {
        {QStringLiteral("DC.identifier"), &OfficialMetadata::id},
        {QStringLiteral("OVERHEIDop.dossiernummer"), &OfficialMetadata::dossier},
        {QStringLiteral("OVERHEIDop.ondernummer"), &OfficialMetadata::number},
        {QStringLiteral("DC.title"), &OfficialMetadata::title},
        {QStringLiteral("OVERHEIDop.dossiertitel"), &OfficialMetadata::dossierTitle},
        {QStringLiteral("OVERHEIDop.vergaderjaar"), &OfficialMetadata::vergaderjaar},
        {QStringLiteral("OVERHEIDop.indiener"), &OfficialMetadata::indiener},
        {QStringLiteral("OVERHEIDop.ontvanger"), &OfficialMetadata::ontvanger},
        {QStringLiteral("DC.type|OVERHEIDop.KamerstukTypen"), &OfficialMetadata::type},
        {QStringLiteral("DC.type|OVERHEIDop.Parlementair"), &OfficialMetadata::parliamentaryType},
    };
    return facts;
}

void readFact(OfficialMetadata &m, const QString &name, const QString &scheme, const QString &content)
{
    const auto &facts = textFacts();
    const auto fact = facts.constFind(name == QLatin1String("DC.type") ? name + QLatin1Char('|') + scheme : name);
    if (fact != facts.constEnd() && (m.*fact.value()).isEmpty())
        m.*fact.value() = content.trimmed();
    // The date it was issued; the date of the letter when that is all there is.
    if (name == QLatin1String("DCTERMS.issued")
        || (name == QLatin1String("OVERHEIDop.datumBrief") && !m.date.isValid()))
        m.date = QDate::fromString(content.left(10), Qt::ISODate);
}

} // namespace

OfficialMetadata OfficialMetadata::parse(const QByteArray &bytes)
{
    OfficialMetadata m;
    QXmlStreamReader xml(bytes);
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("metadata_gegevens")) {
            sawRoot = true;
        } else if (xml.name() == QLatin1String("metadata")) {
            const QXmlStreamAttributes a = xml.attributes();
            readFact(m, a.value(QLatin1String("name")).toString(), a.value(QLatin1String("scheme")).toString(),
                     a.value(QLatin1String("content")).toString());
        }
    }
    if (xml.hasError())
        m.error = QStringLiteral("malformed metadata.xml: ") + xml.errorString();
    else if (!sawRoot)
        m.error = QStringLiteral("not a metadata.xml (no metadata_gegevens)");
    return m;
}

OfficialMetadata OfficialMetadata::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OfficialMetadata m;
        m.error = file.errorString();
        return m;
    }
    return parse(file.readAll());
}

QString OfficialMetadata::sidecarPath(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".metadata.xml"));
}

} // namespace diptych
