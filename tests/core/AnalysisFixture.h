#pragma once

#include "TestData.h"

#include "analysis/Analyzer.h"
#include "source/TextSource.h"
#include "spelling/Speller.h"

#include <QStringList>

#include <algorithm>

namespace diptych::test {

// Analyses a sample letter from tests/data through the whole pipeline.
inline Analysis analyzeSample(const QString &name)
{
    Analysis a;
    QString error;
    Analyzer(Speller::shared()).analyzeFile(dataFile(name), a, error);
    return a;
}

// Analyses text given inline, as the text source would read it from a file.
inline Analysis analyzeText(const QString &text)
{
    return Analyzer(Speller::shared()).analyze(TextSource::parse(text, QStringLiteral("inline.txt")));
}

inline QStringList sectionTitles(const Analysis &a, int level = 0)
{
    QStringList out;
    for (const Section &s : a.sections) {
        if (level == 0 || s.level == level)
            out << s.title;
    }
    return out;
}

inline QStringList referenceIds(const Analysis &a)
{
    QStringList out;
    for (const Reference &r : a.references)
        out << r.id;
    return out;
}

} // namespace diptych::test
