#pragma once

#include "model/Analysis.h"
#include "official/OfficialMetadata.h"

namespace diptych {

// Official metadata wins: a fetched letter's own id, title and document type are the ones
// its metadata.xml gives, whatever the analysis read from the page. Where the analysis
// found something else, that is kept in Analysis::metadataDisagrees: a free check of our
// own detection.
class OfficialFacts
{
public:
    // Sets the metadata's facts on the analysis, noting each disagreement.
    static void apply(const OfficialMetadata &metadata, Analysis &analysis);
    // Reads the sidecar metadata.xml of the analysed file, when it has a readable one,
    // and applies it. Returns whether it did.
    static bool applySidecar(const QString &documentPath, Analysis &analysis);
    // The document type OVERHEIDop.KamerstukTypen (or OVERHEIDop.Parlementair) names;
    // Other for a type Diptych does not distinguish.
    static DocumentType documentType(const OfficialMetadata &metadata);
};

} // namespace diptych
