// libFuzzer entry point: any bytes, read as a text export of a letter, through the whole
// analysis. It must neither crash nor produce ranges outside the reading text.
#include "analysis/Analyzer.h"
#include "source/TextSource.h"
#include "spelling/Speller.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const diptych::SourceDocument doc = diptych::TextSource::parse(diptych::TextSource::decode(bytes));
    static const diptych::Analyzer analyzer(diptych::Speller::shared());
    const diptych::Analysis a = analyzer.analyze(doc);
    for (const diptych::Section &s : a.sections) {
        if (s.at.start < 0 || s.at.end > a.text.size() || s.at.start > s.at.end)
            std::abort();
    }
    for (const diptych::Footnote &note : a.footnotes) {
        for (const diptych::FootnoteCall &call : note.calls) {
            if (call.at.start < 0 || call.at.start > a.text.size())
                std::abort();
        }
    }
    for (const diptych::Reference &r : a.references) {
        const QString &source = r.footnote ? a.notesText : a.text;
        if (r.at.start < 0 || r.at.end > source.size())
            std::abort();
    }
    return 0;
}
