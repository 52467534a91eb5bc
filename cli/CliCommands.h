#pragma once

#include <QStringList>

namespace diptych::cli {

// Dispatches "diptych-cli COMMAND ..." and returns the process exit code.
int run(const QStringList &arguments);

int analyze(const QStringList &args);
int compare(const QStringList &args);
int annotations(const QStringList &args);
int exportPdf(const QStringList &args);
int exportNotes(const QStringList &args);
int links(const QStringList &args);
int index(const QStringList &args);
int search(const QStringList &args);
int print(const QStringList &args);
int handout(const QStringList &args);

} // namespace diptych::cli
