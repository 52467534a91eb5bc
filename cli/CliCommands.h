#pragma once

#include "ParsedArguments.h"

#include <QStringList>

namespace diptych::cli {

// Dispatches "diptych-cli COMMAND ..." and returns the process exit code.
int run(const QStringList &arguments);

// The commands, run by run() on what OptionParser read; each returns the exit code:
// 0 done, 1 a file or database failed, 2 a usage error.
int analyze(const ParsedArguments &args);
int compare(const ParsedArguments &args);
int annotations(const ParsedArguments &args);
// The edit forms of annotations (note, tag, color, remove), run by annotations().
bool isAnnotationEdit(const QString &sub);
int editAnnotation(const ParsedArguments &args);
int exportPdf(const ParsedArguments &args);
int exportNotes(const ParsedArguments &args);
int links(const ParsedArguments &args);
int index(const ParsedArguments &args);
int search(const ParsedArguments &args);
int team(const ParsedArguments &args);
int fetch(const ParsedArguments &args);
int print(const ParsedArguments &args);
int handout(const ParsedArguments &args);

} // namespace diptych::cli
