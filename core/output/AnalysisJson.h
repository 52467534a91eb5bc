#pragma once

#include "compare/SectionAlignment.h"
#include "model/Analysis.h"

#include <QJsonObject>

namespace diptych {

// The JSON forms printed by diptych-cli. The keys are a public interface: see README.
class AnalysisJson
{
public:
    static QJsonObject toJson(const Analysis &analysis, bool withText = true);
    static QJsonObject sectionToJson(const Section &section);
    static QJsonObject alignmentToJson(const Analysis &agenda, const Analysis &verslag,
                                       const SectionAlignment &alignment);
    // One readable summary for people, several lines.
    static QString summary(const Analysis &analysis);
};

} // namespace diptych
