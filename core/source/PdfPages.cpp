#include "source/PdfPages.h"

namespace diptych {

struct PdfPages::Private {};

PdfPages::PdfPages() : d(std::make_unique<Private>()) {}
PdfPages::~PdfPages() = default;

std::unique_ptr<PdfPages> PdfPages::open(const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("PDF support is not built yet");
    return nullptr;
}

int PdfPages::pageCount() const { return 0; }
QSizeF PdfPages::pageSize(int) const { return {}; }
QImage PdfPages::render(int, double) const { return {}; }

} // namespace diptych
