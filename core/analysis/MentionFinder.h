#pragma once

#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// Finds mentions of other meetings with their dates: summits ("NAVO-top in Washington D.C.
// op 9-11 juli 2024", "de Top in Vilnius"), councils ("RBZ van 27 mei 2024"), other
// ministerial meetings. contextYear completes dates written without a year.
class MentionFinder
{
public:
    static QVector<Mention> find(const QString &text, int contextYear);
};

} // namespace diptych
