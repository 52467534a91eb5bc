#pragma once

#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// Reads Kamerstuk citations as Dutch letters and the Leidraad voor juridische auteurs write them:
// a prefix ("Kamerstuk", "Kamerstukken II 2023/24", "Tweede Kamer, vergaderjaar 2023–2024"),
// one or more dossiers ("28 676", "36 200 V", "21 501-02", "22 054 en 36 045"), then
// "nr."/"nrs."/"nummer" with one or more numbers and an optional page ("p. 4", "blz. 4").
// Also the compact form "21501-02-2898" after "Kamerstuk", "nummer" or "nr.".
// Every document number becomes its own Reference; the first one of a citation spans from the
// prefix, later ones span their own number, so the spans never overlap.
class KamerstukCitationParser
{
public:
    struct Found {
        Reference ref;
        int citation = 0; // references of one citation share this index
    };

    static QVector<Found> find(const QString &text);

    // "36 200 V" -> "36200-V", "21 501-02" -> "21501-02", "28 676" -> "28676".
    static QString normaliseDossier(const QString &written);
};

} // namespace diptych
