#include "source/PdfSource.h"

#include "source/PdfLineBuilder.h"
#include "source/PopplerDocument.h"

namespace diptych {

LoadResult PdfSource::load(const QString &path)
{
    LoadResult result;
    result.document.file = path;
    result.document.format = SourceFormat::Pdf;
    const auto pdf = PopplerDocument::open(path, &result.error);
    if (!pdf)
        return result;
    for (int i = 0; i < pdf->pageCount(); ++i) {
        Page page;
        page.index = i;
        page.size = pdf->pageSize(i);
        page.lines = PdfLineBuilder::build(pdf->words(i), i);
        result.document.pages.append(page);
    }
    return result;
}

} // namespace diptych
