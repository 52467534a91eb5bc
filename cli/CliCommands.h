#pragma once

#include "ParsedArguments.h"

#include "team/SyncRound.h"

#include <QStringList>
#include <QTextStream>

namespace diptych {
class PostgresConnection;
}

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
// The team server forms of annotations (revisions, restore), run by annotations().
bool isRevisionForm(const QString &sub);
int annotationRevisions(const ParsedArguments &args);
int exportPdf(const ParsedArguments &args);
int exportNotes(const ParsedArguments &args);
int links(const ParsedArguments &args);
int index(const ParsedArguments &args);
int search(const ParsedArguments &args);
int team(const ParsedArguments &args);
int fetch(const ParsedArguments &args);
int print(const ParsedArguments &args);
int handout(const ParsedArguments &args);

// Shared by the commands: text on one line, cut to length with an ellipsis.
QString shortened(QString text, int length);
// A sync round's "pushed N, pulled M, waiting K" (json: {"pushed":N,"pulled":M,"waiting":K}),
// what went wrong on err, and the exit code: 0 when it completed, 1 when not.
int reportRound(const SyncRound &round, bool json, QTextStream &out, QTextStream &err);
// 0 when the --server URL is usable and, with open, the server was reached; else the reason
// on err and the exit code (2 a URL that is not a server address, 1 a server not reached).
int serverProblem(PostgresConnection &server, bool open, QTextStream &err);

} // namespace diptych::cli
