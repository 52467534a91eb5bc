#include "document/OffsetMap.h"

#include <algorithm>

namespace diptych {

void OffsetMap::addInsertion(int textOffset, int length)
{
    const auto pos = std::upper_bound(m_insertions.begin(), m_insertions.end(), textOffset,
                                      [](int at, const Insertion &i) { return at < i.at; });
    m_insertions.insert(pos, Insertion{textOffset, length});
}

int OffsetMap::toDocument(int textOffset) const
{
    int shift = 0;
    for (const Insertion &i : m_insertions) {
        if (i.at > textOffset)
            break;
        shift += i.length;
    }
    return textOffset + shift;
}

int OffsetMap::toText(int documentPosition) const
{
    int shift = 0;
    for (const Insertion &i : m_insertions) {
        const int insertedAt = i.at + shift; // document position of the inserted run
        if (documentPosition < insertedAt)
            break;
        if (documentPosition < insertedAt + i.length)
            return i.at;
        shift += i.length;
    }
    return documentPosition - shift;
}

} // namespace diptych
