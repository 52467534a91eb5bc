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

QString formatName(SourceFormat format)
{
    return format == SourceFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("text");
}

} // namespace diptych
