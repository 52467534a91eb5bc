#include "source/PdfSource.h"

namespace diptych {

LoadResult PdfSource::load(const QString &path)
{
    LoadResult result;
    result.document.file = path;
    result.document.format = SourceFormat::Pdf;
    result.error = QStringLiteral("PDF support is not built yet");
    return result;
}

} // namespace diptych
