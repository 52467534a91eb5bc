#include "compare/SectionSimilarity.h"

#include "compare/TermExtractor.h"

#include <cmath>

namespace diptych {

namespace {

// Texts of the same topic in two different letters rarely reach a high cosine: one
// announces, the other reports. A cosine of this size already counts as full agreement.
constexpr double kContentFull = 0.4;

constexpr double kTitleWeight = 0.55;
constexpr double kContentWeight = 0.35;
// Weak: agendas and verslagen renumber their sessions.
constexpr double kNumberWeight = 0.10;

QStringList sectionVocabulary(const Analysis &a)
{
    QStringList texts{a.text};
    for (const Section &s : a.sections)
        texts << s.title;
    return texts;
}

} // namespace

SectionSimilarity::SectionSimilarity(const Analysis &agenda, const Analysis &verslag)
{
    const SectionTree agendaTree(agenda);
    const SectionTree verslagTree(verslag);
    const TermExtractor extractor(sectionVocabulary(agenda) + sectionVocabulary(verslag));
    addToModel(agenda, agendaTree, extractor);
    addToModel(verslag, verslagTree, extractor);
    m_agenda.analysis = &agenda;
    m_verslag.analysis = &verslag;
    fill(m_agenda, agendaTree, extractor);
    fill(m_verslag, verslagTree, extractor);
}

// The corpus for the weights: each section's own stretch of text, so no text counts twice.
void SectionSimilarity::addToModel(const Analysis &analysis, const SectionTree &tree, const TermExtractor &extractor)
{
    for (int i = 0; i < tree.size(); ++i) {
        const QString own = tree.ownText(i);
        m_model.addDocument(extractor.terms(own.isEmpty() ? analysis.sections.at(i).title : own));
    }
}

void SectionSimilarity::fill(Side &side, const SectionTree &tree, const TermExtractor &extractor) const
{
    for (int i = 0; i < tree.size(); ++i) {
        const QStringList titleTerms = extractor.terms(side.analysis->sections.at(i).title);
        side.titleTerms << QSet<QString>(titleTerms.begin(), titleTerms.end());
        side.bodyVectors << m_model.vector(extractor.terms(tree.body(i)));
    }
}

double SectionSimilarity::title(int agenda, int verslag) const
{
    const QSet<QString> &a = m_agenda.titleTerms.at(agenda);
    const QSet<QString> &b = m_verslag.titleTerms.at(verslag);
    if (a.isEmpty() || b.isEmpty())
        return -1;
    double shared = 0, sharedSquares = 0, sumA = 0, sumB = 0, squaresA = 0, squaresB = 0;
    for (const QString &term : a) {
        const double w = m_model.idf(term);
        sumA += w;
        squaresA += w * w;
        if (b.contains(term)) {
            shared += w;
            sharedSquares += w * w;
        }
    }
    for (const QString &term : b) {
        const double w = m_model.idf(term);
        sumB += w;
        squaresB += w * w;
    }
    const double cosine = sharedSquares / std::sqrt(squaresA * squaresB);
    const double containment = shared / qMin(sumA, sumB);
    return qBound(0.0, 0.5 * cosine + 0.5 * containment, 1.0);
}

double SectionSimilarity::content(int agenda, int verslag) const
{
    const TermVector &a = m_agenda.bodyVectors.at(agenda);
    const TermVector &b = m_verslag.bodyVectors.at(verslag);
    if (a.isEmpty() || b.isEmpty())
        return -1;
    return TfIdfModel::cosine(a, b);
}

// A weighted mean over the evidence there is: a side without text or title leaves that
// part out instead of counting it as disagreement.
double SectionSimilarity::score(int agenda, int verslag) const
{
    const Section &a = m_agenda.analysis->sections.at(agenda);
    const Section &v = m_verslag.analysis->sections.at(verslag);
    double sum = 0, weights = 0;
    const double t = title(agenda, verslag);
    if (t >= 0) {
        sum += kTitleWeight * t;
        weights += kTitleWeight;
    }
    const double c = content(agenda, verslag);
    if (c >= 0) {
        sum += kContentWeight * qMin(1.0, c / kContentFull);
        weights += kContentWeight;
    }
    if (a.level == 1 && v.level == 1 && a.number > 0 && v.number > 0) {
        sum += kNumberWeight * (a.number == v.number ? 1.0 : 0.0);
        weights += kNumberWeight;
    }
    return weights > 0 ? sum / weights : 0.0;
}

} // namespace diptych
