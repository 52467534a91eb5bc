#pragma once

#include "model/SourceDocument.h"

#include <QString>

namespace diptych {

// A loaded document, or the reason it could not be loaded (in plain words for the user).
struct LoadResult {
    SourceDocument document;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace diptych
