#pragma once

#include "compare/SectionTree.h"
#include "compare/TfIdfModel.h"
#include "model/Analysis.h"

#include <QSet>
#include <QVector>

namespace diptych {

class TermExtractor;

// How alike an agenda section and a verslag section are, from their titles, their texts
// and (weakly) their session numbers. All scores are 0..1.
class SectionSimilarity
{
public:
    SectionSimilarity(const Analysis &agenda, const Analysis &verslag);

    // Idf-weighted overlap of the title terms: half cosine, half containment, so that
    // "Defensieuitgaven (burden sharing) en defensie-industrie" covers "Burden-sharing";
    // -1 when either title has no terms.
    double title(int agenda, int verslag) const;
    // Tf-idf cosine of the section texts, or -1 when either side has no text.
    double content(int agenda, int verslag) const;
    // The combination of the above plus the session number, before structure is considered.
    double score(int agenda, int verslag) const;

private:
    struct Side {
        const Analysis *analysis = nullptr;
        QVector<QSet<QString>> titleTerms;
        QVector<TermVector> bodyVectors;
    };
    void fill(Side &side, const SectionTree &tree, const TermExtractor &extractor) const;
    void addToModel(const Analysis &analysis, const SectionTree &tree, const TermExtractor &extractor);

    Side m_agenda;
    Side m_verslag;
    TfIdfModel m_model;
};

} // namespace diptych
