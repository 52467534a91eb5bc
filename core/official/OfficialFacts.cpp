#include "official/OfficialFacts.h"

#include <QFileInfo>

namespace diptych {

namespace {

QString comparable(const QString &s) { return s.simplified().toCaseFolded(); }

// Takes the official value when there is one, noting a different analysed value (an
// analysis that found nothing does not disagree).
void win(Analysis &analysis, const char *field, QString &analysed, const QString &official)
{
    if (official.isEmpty())
        return;
    if (!analysed.isEmpty() && comparable(analysed) != comparable(official))
        analysis.metadataDisagrees.append({QLatin1String(field), analysed, official});
    analysed = official;
}

} // namespace

DocumentType OfficialFacts::documentType(const OfficialMetadata &metadata)
{
    const QString type = metadata.type.trimmed();
    if (type.compare(QLatin1String("Brief"), Qt::CaseInsensitive) == 0)
        return DocumentType::Brief;
    if (type.compare(QLatin1String("Motie"), Qt::CaseInsensitive) == 0)
        return DocumentType::Motie;
    if (type.startsWith(QLatin1String("Verslag"), Qt::CaseInsensitive))
        return DocumentType::VerslagCommissie;
    if (metadata.parliamentaryType.startsWith(QLatin1String("Aanhangsel"), Qt::CaseInsensitive))
        return DocumentType::Aanhangsel;
    return DocumentType::Other;
}

void OfficialFacts::apply(const OfficialMetadata &metadata, Analysis &analysis)
{
    analysis.metadataDisagrees.clear();
    win(analysis, "self", analysis.selfId, metadata.id);
    win(analysis, "title", analysis.title, metadata.title);
    const DocumentType official = documentType(metadata);
    if (official != DocumentType::Other) {
        QString analysed = docTypeName(analysis.docType);
        win(analysis, "doc_type", analysed, docTypeName(official));
        analysis.docType = official;
    }
    analysis.official = metadata;
}

bool OfficialFacts::applySidecar(const QString &documentPath, Analysis &analysis)
{
    const QString sidecar = OfficialMetadata::sidecarPath(documentPath);
    if (!QFileInfo::exists(sidecar))
        return false;
    const OfficialMetadata metadata = OfficialMetadata::load(sidecar);
    if (!metadata.ok())
        return false;
    apply(metadata, analysis);
    return true;
}

} // namespace diptych
