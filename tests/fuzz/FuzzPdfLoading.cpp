// libFuzzer entry point: any bytes, written to a file and opened as a document (a PDF by its
// magic bytes, through Poppler and the line builder), then through the whole analysis when
// it loads. It must neither crash nor produce ranges outside the reading text.
#include "AnalysisChecks.h"

#include "analysis/Analyzer.h"
#include "source/DocumentLoader.h"
#include "spelling/Speller.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // DocumentLoader takes a path: one scratch file, rewritten for every input.
    static const QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    const diptych::LoadResult loaded = diptych::DocumentLoader::load(path);
    if (!loaded.ok())
        return 0;
    static const diptych::Analyzer analyzer(diptych::Speller::shared());
    diptych::fuzz::checkRanges(analyzer.analyze(loaded.document));
    return 0;
}
