#include "analysis/ReferenceParser.h"

namespace diptych {

QVector<Reference> ReferenceParser::find(const QString &)
{
    return {};
}

QString ReferenceParser::urlFor(const QString &id)
{
    return QStringLiteral("https://zoek.officielebekendmakingen.nl/") + id + QStringLiteral(".html");
}

} // namespace diptych
