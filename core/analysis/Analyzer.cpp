#include "analysis/Analyzer.h"

#include "source/DocumentLoader.h"

namespace diptych {

Analyzer::Analyzer(const Speller &speller) : m_speller(speller) {}

Analysis Analyzer::analyze(SourceDocument document) const
{
    Analysis a;
    a.file = document.file;
    a.format = document.format;
    a.pageCount = document.pages.size();
    for (const Page &page : document.pages) {
        for (const Line &line : page.lines) {
            if (!a.text.isEmpty())
                a.text += line.gapBefore ? QStringLiteral("\n\n") : QStringLiteral(" ");
            a.text += line.text;
        }
    }
    return a;
}

bool Analyzer::analyzeFile(const QString &path, Analysis &out, QString &error) const
{
    LoadResult loaded = DocumentLoader::load(path);
    if (!loaded.ok()) {
        error = loaded.error;
        return false;
    }
    out = analyze(std::move(loaded.document));
    return true;
}

} // namespace diptych
