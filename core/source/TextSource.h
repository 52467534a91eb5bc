#pragma once

#include "source/LoadResult.h"

#include <QByteArray>
#include <QString>

namespace diptych {

// Plain text exported from a PDF: pages split on form feeds, on a line that begins with
// exactly one space (the sample format), or on a long run of blank lines.
class TextSource
{
public:
    static LoadResult load(const QString &path);
    static SourceDocument parse(const QString &text, const QString &file = QString());
    // UTF-8 when valid, otherwise Windows-1252 (a superset of Latin-1 for printable text).
    static QString decode(const QByteArray &bytes);
};

} // namespace diptych
