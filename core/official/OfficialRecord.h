#pragma once

#include <QDate>
#include <QString>

namespace diptych {

// One publication as a search result names it: enough to fetch it and decide whether it
// is new. The facts that fill the library come from its metadata.xml (OfficialMetadata).
struct OfficialRecord {
    QString id; // "kst-28676-499"
    QString dossier; // "28676", "21501-02"
    QString number; // ondernummer, "499"
    QString title;
    QString type; // OVERHEIDop.KamerstukTypen: "Brief", "Motie", ...
    QDate date; // when it was issued; invalid when the record does not say
    QString pdfUrl; // as the record gives it (itemUrl manifestation="pdf")
    QString metadataUrl; // itemUrl manifestation="metadata"
    // The metadata URL was inferred from the id (one Kamerstuk asked for by id, no search
    // record): its absence does not keep the letter out of the library.
    bool metadataInferred = false;
};

} // namespace diptych
