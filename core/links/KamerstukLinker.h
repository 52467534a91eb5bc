#pragma once

#include "links/LinkGraph.h"

namespace diptych {

// Kamerstuk links: a reference whose id is another letter's own id (kst-28676-446) points
// to that letter; letters citing the same Kamerstuk, or the same dossier, are linked both
// ways ("also cited in …"). A reference to a letter outside the set stays an outside link
// (it is in Analysis::references with its URL). Hash maps by id and dossier: linear time.
class KamerstukLinker
{
public:
    // `rank`: each document's position in time order (see Chronology::documentOrder);
    // `names`: each document as labels name it.
    static QVector<DocumentLink> links(const QVector<Analysis> &documents, const QVector<int> &rank,
                                       const QStringList &names);
};

} // namespace diptych
