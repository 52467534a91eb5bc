#include "model/Analysis.h"

namespace diptych {

QString kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agenda: return QStringLiteral("agenda");
    case DocumentKind::Verslag: return QStringLiteral("verslag");
    case DocumentKind::Other: break;
    }
    return QStringLiteral("other");
}

QString docTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::Brief: return QStringLiteral("brief");
    case DocumentType::Aanhangsel: return QStringLiteral("aanhangsel");
    case DocumentType::Motie: return QStringLiteral("motie");
    case DocumentType::VerslagCommissie: return QStringLiteral("verslag-commissie");
    case DocumentType::Other: break;
    }
    return QStringLiteral("other");
}

QString formatName(SourceFormat format)
{
    return format == SourceFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("text");
}

} // namespace diptych
