#include "CliCommands.h"

#include "CommandTable.h"
#include "OptionParser.h"
#include "UsageText.h"

#include <QTextStream>

namespace diptych::cli {

namespace {

// COMMAND --help, a usage error, or the command itself.
int runCommand(const CommandSpec &command, const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    ParsedArguments parsed;
    switch (OptionParser(command).parse(args, parsed, err)) {
    case OptionParser::Result::Help: out << UsageText::of(command); return 0;
    case OptionParser::Result::UsageError: return UsageText::usageError(command, err);
    case OptionParser::Result::Run: break;
    }
    return command.run(parsed);
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        // Asked for, the usage is the answer; with no command at all it is a usage error.
        QTextStream out(stdout);
        (args.isEmpty() ? err : out) << UsageText::full();
        return args.isEmpty() ? 2 : 0;
    }
    const CommandSpec *command = CommandTable::find(args.first());
    if (!command) {
        err << "diptych-cli: unknown command '" << args.first() << "'\n" << UsageText::full();
        return 2;
    }
    return runCommand(*command, args.mid(1));
}

} // namespace diptych::cli
