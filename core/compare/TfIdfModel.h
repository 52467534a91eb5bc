#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace diptych {

using TermVector = QHash<QString, double>;

// Term weights over a small corpus (the sections of the two documents being compared):
// terms that occur in every section, like "navo", weigh little.
class TfIdfModel
{
public:
    void addDocument(const QStringList &terms);

    double idf(const QString &term) const;
    // Sublinear term frequency times idf.
    TermVector vector(const QStringList &terms) const;

    static double cosine(const TermVector &a, const TermVector &b);

private:
    QHash<QString, int> m_documentFrequency;
    int m_documents = 0;
};

} // namespace diptych
