#include "analysis/MentionFinder.h"

namespace diptych {

QVector<Mention> MentionFinder::find(const QString &, int)
{
    return {};
}

} // namespace diptych
