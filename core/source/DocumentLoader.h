#pragma once

#include "source/LoadResult.h"

#include <QString>

namespace diptych {

// Opens a file as PDF or text by looking at its bytes, not its name.
class DocumentLoader
{
public:
    static LoadResult load(const QString &path);
};

} // namespace diptych
