#pragma once

#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// Finds mentions of other meetings with their dates: summits ("NAVO-top in Washington D.C.
// op 9-11 juli 2024", "de Top in Vilnius"), councils ("RBZ van 27 mei 2024"), other
// ministerial meetings. contextYear completes dates written without a year.
// A meeting named only by month or year ("de Top in Vilnius in juli", "in Wales in 2014") gets
// no start date but Mention::month/year. A bare name with no place, date, month or year
// ("voor de top", "De FMM") is not returned. name runs up to the place ("NAVO-top in Washington
// D.C."); text includes the date. The same meeting named twice gives two mentions.
class MentionFinder
{
public:
    static QVector<Mention> find(const QString &text, int contextYear);
};

} // namespace diptych
