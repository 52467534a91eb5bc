// team init / add / remove / sync: the team server from the command line. Administration (init, add, remove)
// runs as a role that may create schemas and grant roles; sync as the team member.
#include "CliCommands.h"

#include "AnnotationStoreOpener.h"

#include "team/PostgresConnection.h"
#include "team/TeamAdministration.h"
#include "team/TeamSync.h"

#include <QTextStream>

namespace diptych::cli {

namespace {

int administer(const ParsedArguments &parsed, PostgresConnection &server, QTextStream &out, QTextStream &err)
{
    const QString team = parsed.value("--team");
    QString error;
    const QString sub = parsed.sub();
    const QStringList &roles = parsed.operands;
    const bool ok = sub == QLatin1String("init")  ? TeamAdministration::init(server, team, &error)
                    : sub == QLatin1String("add") ? TeamAdministration::addMembers(server, team, roles, &error)
                                                  : TeamAdministration::removeMembers(server, team, roles, &error);
    if (!ok) {
        err << "diptych-cli: " << error << '\n';
        return 1;
    }
    if (sub == QLatin1String("init"))
        out << "team " << team << " ready\n";
    else
        out << "team " << team << ": " << roles.join(QStringLiteral(", "))
            << (sub == QLatin1String("add") ? " added\n" : " removed\n");
    return 0;
}

int sync(const ParsedArguments &parsed, PostgresConnection &server, QTextStream &out, QTextStream &err)
{
    auto store = openAnnotationStore(parsed.value("--store"), err);
    if (!store)
        return 1;
    TeamSync engine(*store, server, parsed.value("--team"));
    return reportRound(engine.run(), parsed.has("--json"), out, err);
}

} // namespace

int reportRound(const SyncRound &round, bool json, QTextStream &out, QTextStream &err)
{
    if (json) {
        // Written by hand: the keys in the order the text form says them.
        out << QStringLiteral("{\"pushed\":%1,\"pulled\":%2,\"waiting\":%3}\n")
                   .arg(round.pushed)
                   .arg(round.pulled)
                   .arg(round.waiting);
    } else {
        out << "pushed " << round.pushed << ", pulled " << round.pulled << ", waiting " << round.waiting << '\n';
    }
    if (round.refused > 0)
        err << "diptych-cli: " << round.refused
            << " edits of others' annotations were refused by the server and undone (reply instead)\n";
    if (round.left > 0)
        err << "diptych-cli: you are no longer in their team, so " << round.left
            << " of others' notes and replies were removed here\n";
    if (round.conflicts > 0)
        err << "diptych-cli: " << round.conflicts
            << " edits were older than another edit of the same annotation; the server keeps them as revisions\n";
    if (!round.completed)
        err << "diptych-cli: " << round.error << " (edits stay waiting)\n";
    return round.completed ? 0 : 1;
}

int serverProblem(PostgresConnection &server, bool open, QTextStream &err)
{
    const int code = !server.isValid() ? 2 : open && !server.open() ? 1 : 0;
    if (code != 0)
        err << "diptych-cli: " << server.error() << '\n';
    return code;
}

int team(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    PostgresConnection server(parsed.value("--server"));
    // sync opens the connection itself, and says how far it got when it cannot.
    const bool syncing = parsed.sub() == QLatin1String("sync");
    if (const int code = serverProblem(server, !syncing, err))
        return code;
    return syncing ? sync(parsed, server, out, err) : administer(parsed, server, out, err);
}

} // namespace diptych::cli
