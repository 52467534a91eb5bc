#pragma once

#include "model/Analysis.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace diptych::cli {

// Analyses the files in order, handing each readable one to each; an unreadable one gives
// "FILE: reason" on err. Returns how many could not be read.
int analyzeFiles(const QStringList &files, QTextStream &err, const std::function<void(Analysis &&)> &each);

} // namespace diptych::cli
