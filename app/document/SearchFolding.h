#pragma once

#include <QString>
#include <QVector>

namespace diptych {

// Folds text for searching: lower case, accents dropped ("Oekraïne" -> "oekraine"), one
// character for one character so positions in the folded text are positions in the original.
QString foldForSearch(const QString &text);

// Start positions of every match of needle in haystack, case- and accent-insensitive.
QVector<int> findAllFolded(const QString &haystack, const QString &needle);

} // namespace diptych
