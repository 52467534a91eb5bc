#pragma once

#include "annotations/Annotation.h"

#include <QJsonArray>

namespace diptych {

// Page areas as JSON: [{"page": 0, "quads": [[x, y, width, height], ...]}, ...], points with
// the origin top-left. Used by the database and by the W3C export (as an extension).
class PageAreaJson
{
public:
    static QJsonArray toJson(const QVector<PageArea> &areas);
    static QVector<PageArea> fromJson(const QJsonArray &json);
};

} // namespace diptych
