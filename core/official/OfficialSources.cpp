#include "official/OfficialSources.h"

namespace diptych {

namespace {

const QString kRepository = QStringLiteral("https://repository.overheid.nl");
const QString kZoek = QStringLiteral("https://zoek.officielebekendmakingen.nl");

QString onBase(const QUrl &base, const QString &real, const QString &path)
{
    QString root = base.isEmpty() ? real : base.toString();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return root + path;
}

} // namespace

OfficialSources::OfficialSources() = default;

OfficialSources::OfficialSources(const QUrl &base) : m_base(base) {}

QUrl OfficialSources::sruUrl() const { return QUrl(onBase(m_base, kRepository, QStringLiteral("/sru"))); }

QUrl OfficialSources::pdfUrl(const QString &officialId) const
{
    return QUrl(onBase(m_base, kZoek, QLatin1Char('/') + officialId + QStringLiteral(".pdf")));
}

QUrl OfficialSources::metadataUrl(const QString &officialId, const QString &dossier) const
{
    return QUrl(onBase(m_base, kRepository,
                       QStringLiteral("/frbr/officielepublicaties/kst/") + dossier + QLatin1Char('/') + officialId
                           + QStringLiteral("/1/metadata/metadata.xml")));
}

QUrl OfficialSources::resolve(const QString &url) const
{
    if (m_base.isEmpty())
        return QUrl(url);
    for (const QString &real : {kRepository, kZoek}) {
        if (url.startsWith(real))
            return QUrl(onBase(m_base, real, url.mid(real.size())));
    }
    return QUrl(url);
}

QByteArray OfficialSources::userAgent()
{
    return QByteArrayLiteral("Diptych/" DIPTYCH_VERSION " (Kamerstukken reader; Qt Network)");
}

} // namespace diptych
