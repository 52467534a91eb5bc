#include "compare/SectionAligner.h"

#include "compare/AssignmentSolver.h"
#include "compare/SectionSimilarity.h"
#include "compare/SectionTree.h"

#include <algorithm>

namespace diptych {

namespace {

// Below this a pair is more likely chance than the same subject.
constexpr double kMinScore = 0.3;
// A session paired with a topic: it happens (a topic of one letter gets a session of its
// own in the other), but needs more evidence than a pair of equals.
constexpr double kCrossLevel = 0.75;
// A topic whose session is paired with another session than its partner's.
constexpr double kCrossParent = 0.8;
// Topics whose sessions are not paired at all, or that stand outside any session.
constexpr double kNoParentPair = 0.9;

struct Matching {
    QVector<int> verslagOf; // per agenda section
    QVector<int> agendaOf; // per verslag section
    QVector<double> score; // per agenda section
};

// Pairs the given agenda and verslag sections with the best total of scored pairs.
template<typename Score>
void assign(const QVector<int> &agendaIds, const QVector<int> &verslagIds, Score scoreOf, Matching &m)
{
    AssignmentSolver::Matrix matrix(agendaIds.size(), QVector<double>(verslagIds.size()));
    for (int r = 0; r < agendaIds.size(); ++r)
        for (int c = 0; c < verslagIds.size(); ++c)
            matrix[r][c] = scoreOf(agendaIds[r], verslagIds[c]);
    const QVector<int> columns = AssignmentSolver::solve(matrix, kMinScore);
    for (int r = 0; r < columns.size(); ++r) {
        if (columns[r] < 0)
            continue;
        const int a = agendaIds[r], v = verslagIds[columns[r]];
        m.verslagOf[a] = v;
        m.agendaOf[v] = a;
        m.score[a] = matrix[r][columns[r]];
    }
}

QVector<int> sectionsWhere(const Analysis &analysis, const QVector<int> &partner, bool sessions)
{
    QVector<int> ids;
    for (int i = 0; i < analysis.sections.size(); ++i)
        if (partner[i] < 0 && (!sessions || analysis.sections[i].level <= 1))
            ids << i;
    return ids;
}

// How the structure around a pair changes its score once the sessions are paired.
double structureFactor(const Analysis &agenda, const Analysis &verslag, const SectionTree &at, const SectionTree &vt,
                       const Matching &m, int a, int v)
{
    const bool agendaTopic = agenda.sections[a].level > 1;
    const bool verslagTopic = verslag.sections[v].level > 1;
    if (agendaTopic != verslagTopic)
        return kCrossLevel;
    if (!agendaTopic)
        return 1.0;
    const int pa = at.parent(a), pv = vt.parent(v);
    if (pa >= 0 && pv >= 0 && m.verslagOf[pa] == pv)
        return 1.0;
    const bool parentPairedElsewhere = (pa >= 0 && m.verslagOf[pa] >= 0) || (pv >= 0 && m.agendaOf[pv] >= 0);
    return parentPairedElsewhere ? kCrossParent : kNoParentPair;
}

SectionAlignment collect(const Matching &m)
{
    SectionAlignment out;
    for (int a = 0; a < m.verslagOf.size(); ++a) {
        if (m.verslagOf[a] >= 0)
            out.pairs << AlignedPair{a, m.verslagOf[a], m.score[a]};
        else
            out.onlyAgenda << a;
    }
    for (int v = 0; v < m.agendaOf.size(); ++v)
        if (m.agendaOf[v] < 0)
            out.onlyVerslag << v;
    return out;
}

} // namespace

// Sessions first, so topics can prefer partners under paired sessions; then every section
// still alone, topics and sessions together, with the structure weighing in.
SectionAlignment SectionAligner::align(const Analysis &agenda, const Analysis &verslag)
{
    Matching m;
    m.verslagOf.fill(-1, agenda.sections.size());
    m.agendaOf.fill(-1, verslag.sections.size());
    m.score.fill(0.0, agenda.sections.size());
    if (agenda.sections.isEmpty() || verslag.sections.isEmpty())
        return collect(m);

    const SectionSimilarity similarity(agenda, verslag);
    const SectionTree agendaTree(agenda), verslagTree(verslag);

    assign(
        sectionsWhere(agenda, m.verslagOf, true), sectionsWhere(verslag, m.agendaOf, true),
        [&](int a, int v) { return similarity.score(a, v); }, m);
    assign(
        sectionsWhere(agenda, m.verslagOf, false), sectionsWhere(verslag, m.agendaOf, false),
        [&](int a, int v) {
            return similarity.score(a, v) * structureFactor(agenda, verslag, agendaTree, verslagTree, m, a, v);
        },
        m);
    return collect(m);
}

} // namespace diptych
