#include "links/GroupLinker.h"

namespace diptych {

void GroupLinker::link(const QVector<int> &members, LinkKind kind, const QString &key, const Label &label,
                       QVector<DocumentLink> &out)
{
    const int n = members.size();
    auto add = [&](int a, int b) {
        out << DocumentLink{members.at(a), members.at(b), kind, label(members.at(a), members.at(b)), key, {}, {}};
    };
    for (int i = 0; i < n; ++i) {
        if (n <= kCompleteUpTo) {
            for (int j = 0; j < n; ++j) {
                if (i != j)
                    add(i, j);
            }
            continue;
        }
        if (i > 0)
            add(i, i - 1);
        if (i + 1 < n)
            add(i, i + 1);
    }
}

} // namespace diptych
