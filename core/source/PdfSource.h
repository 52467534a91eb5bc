#pragma once

#include "source/LoadResult.h"

#include <QString>

namespace diptych {

// The only class that sees Poppler: turns a PDF into pages of positioned lines.
class PdfSource
{
public:
    static LoadResult load(const QString &path);
};

} // namespace diptych
