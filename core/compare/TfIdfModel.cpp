#include "compare/TfIdfModel.h"

#include <QSet>
#include <cmath>

namespace diptych {

void TfIdfModel::addDocument(const QStringList &terms)
{
    ++m_documents;
    const QSet<QString> unique(terms.begin(), terms.end());
    for (const QString &term : unique)
        ++m_documentFrequency[term];
}

double TfIdfModel::idf(const QString &term) const
{
    // Smoothed so that a term in every document still counts a little: with two documents
    // of one section each, every shared term is in all documents.
    const int df = m_documentFrequency.value(term, 0);
    return std::log(1.0 + (m_documents + 1.0) / (df + 1.0));
}

TermVector TfIdfModel::vector(const QStringList &terms) const
{
    QHash<QString, int> counts;
    for (const QString &term : terms)
        ++counts[term];
    TermVector v;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        v.insert(it.key(), (1.0 + std::log(double(it.value()))) * idf(it.key()));
    return v;
}

double TfIdfModel::cosine(const TermVector &a, const TermVector &b)
{
    const TermVector &small = a.size() <= b.size() ? a : b;
    const TermVector &large = a.size() <= b.size() ? b : a;
    double dot = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        dot += it.value() * large.value(it.key(), 0.0);
    double na = 0, nb = 0;
    for (const double w : a)
        na += w * w;
    for (const double w : b)
        nb += w * w;
    if (na <= 0 || nb <= 0)
        return 0;
    return qBound(0.0, dot / std::sqrt(na * nb), 1.0);
}

} // namespace diptych
