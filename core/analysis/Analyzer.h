#pragma once

#include "model/Analysis.h"

#include <QString>

namespace diptych {

class Speller;

// Runs the analysis pipeline over a loaded document, top to bottom:
// furniture -> footnotes and call marks -> blocks -> cover letter -> headings
// -> reading text (dehyphenated) -> title, kind, meeting -> references -> mentions.
class Analyzer
{
public:
    explicit Analyzer(const Speller &speller);

    Analysis analyze(SourceDocument document) const;

    // Loads and analyses a file; on failure returns false and sets error.
    bool analyzeFile(const QString &path, Analysis &out, QString &error) const;

private:
    const Speller &m_speller;
};

} // namespace diptych
