#pragma once

#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// Finds Kamerstuk references in running text and normalises them to official ids,
// following Dutch citation practice (Leidraad voor juridische auteurs) and the id scheme
// of officielebekendmakingen.nl: "Kamerstuk 28676, nr. 499" -> kst-28676-499.
// Each Reference gets text, id, url, dossiers, number, pageRef, kind and at.start/end
// (offsets into the given text); page and footnote are the caller's to fill.
class ReferenceParser
{
public:
    static QVector<Reference> find(const QString &text);
    static QString urlFor(const QString &id);
};

} // namespace diptych
