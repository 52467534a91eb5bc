#pragma once

#include "model/Analysis.h"

#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace diptych::cli {

// The flags and file arguments of one subcommand.
struct ParsedArguments {
    QSet<QString> flags;
    QStringList files;
    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
};

// Splits args into known flags and files; false, after a line on err, for an unknown option.
bool parseArguments(const QString &command, const QStringList &args, const QStringList &knownFlags,
                    ParsedArguments &out, QTextStream &err);

// Analyses the files in order, handing each readable one to each; an unreadable one gives
// "FILE: reason" on err. Returns how many could not be read.
int analyzeFiles(const QStringList &files, QTextStream &err, const std::function<void(Analysis &&)> &each);

} // namespace diptych::cli
