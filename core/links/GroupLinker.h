#pragma once

#include "links/LinkGraph.h"

#include <functional>

namespace diptych {

// Links the letters of one group (citing the same Kamerstuk, mentioning the same summit)
// both ways. A small group is linked completely; a large one (every letter of twenty years
// cites dossier 28 676) only to its neighbours in time, so the number of links stays
// linear in the number of letters while every member can still be reached.
class GroupLinker
{
public:
    static constexpr int kCompleteUpTo = 6;

    using Label = std::function<QString(int from, int to)>;

    // `members` in time order, each once.
    static void link(const QVector<int> &members, LinkKind kind, const QString &key, const Label &label,
                     QVector<DocumentLink> &out);
};

} // namespace diptych
