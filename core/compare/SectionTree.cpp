#include "compare/SectionTree.h"

#include <algorithm>

namespace diptych {

namespace {

bool placed(const Section &s, const QString &text) { return s.at.start >= 0 && s.at.start <= text.size(); }

// Where the text of section i ends: at the first later heading that passes the test.
template<typename Pred> int endOf(const Analysis &a, const QVector<int> &byStart, int pos, Pred stopsAt)
{
    for (int k = pos + 1; k < byStart.size(); ++k)
        if (stopsAt(a.sections.at(byStart[k])))
            return qMax(a.sections.at(byStart[pos]).at.start, a.sections.at(byStart[k]).at.start);
    return a.text.size();
}

} // namespace

SectionTree::SectionTree(const Analysis &analysis)
{
    const QVector<Section> &sections = analysis.sections;
    const int n = sections.size();
    m_parent.fill(-1, n);
    m_body.resize(n);
    m_own.resize(n);

    int session = -1;
    for (int i = 0; i < n; ++i) {
        if (sections[i].level <= 1)
            session = i;
        else
            m_parent[i] = session;
    }

    // Sections come in document order, but sort by offset so a stray one cannot swallow
    // the text of the others.
    QVector<int> byStart;
    for (int i = 0; i < n; ++i)
        if (placed(sections[i], analysis.text))
            byStart << i;
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](int x, int y) { return sections[x].at.start < sections[y].at.start; });
    for (int pos = 0; pos < byStart.size(); ++pos) {
        const int i = byStart[pos];
        const int start = sections[i].at.start;
        const int level = sections[i].level;
        const int ownEnd = endOf(analysis, byStart, pos, [](const Section &) { return true; });
        const int bodyEnd = endOf(analysis, byStart, pos, [level](const Section &s) { return s.level <= level; });
        m_own[i] = analysis.text.mid(start, ownEnd - start);
        m_body[i] = analysis.text.mid(start, bodyEnd - start);
    }
}

} // namespace diptych
