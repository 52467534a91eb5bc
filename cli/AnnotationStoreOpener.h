#pragma once

#include "annotations/SqliteAnnotationStore.h"

#include <QTextStream>

#include <memory>

namespace diptych::cli {

// The --store database of an annotation command (empty: the user's library database), or
// nullptr after saying on err why it could not be opened. A damaged file moved aside is
// said on err too; the command then goes on with the fresh database.
std::unique_ptr<SqliteAnnotationStore> openAnnotationStore(const QString &path, QTextStream &err);

} // namespace diptych::cli
