#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace diptych {

// Dutch and English names of the same thing, so "Oekraïne" meets "Ukraine" and
// "Defensieuitgaven" meets "burden sharing" and "Defence Investment Pledge". A variant
// matches however it is hyphenated or spaced: "Burden-sharing", "burden sharing" and
// "burdensharing" all match, because runs of words are compared with their spaces removed.
class TermVariants
{
public:
    // The shared table (see TermVariants.cpp).
    static const TermVariants &shared();

    // Replaces every run of folded words that spells a variant with one concept term
    // ("=ukraine"); the longest variant wins ("wit rusland" is Belarus, not Russia).
    QStringList canonicalize(const QStringList &foldedWords) const;

    // True for the terms canonicalize() produces.
    static bool isConcept(const QString &term);

private:
    TermVariants();
    void add(const QString &concept, const QString &variants);

    QHash<QString, QString> m_conceptByJoined; // "burdensharing" -> "=defencespending"
    int m_maxWords = 1;
};

} // namespace diptych
