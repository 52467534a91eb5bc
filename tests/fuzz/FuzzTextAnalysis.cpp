// libFuzzer entry point: any bytes, read as a text export of a letter, through the whole
// analysis. It must neither crash nor produce ranges outside the reading text.
#include "AnalysisChecks.h"

#include "analysis/Analyzer.h"
#include "source/TextSource.h"
#include "spelling/Speller.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const diptych::SourceDocument doc = diptych::TextSource::parse(diptych::TextSource::decode(bytes));
    static const diptych::Analyzer analyzer(diptych::Speller::shared());
    diptych::fuzz::checkRanges(analyzer.analyze(doc));
    return 0;
}
