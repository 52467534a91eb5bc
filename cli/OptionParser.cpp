#include "OptionParser.h"

namespace diptych::cli {

namespace {

const QLatin1String kHelp("--help");

// "--" alone has always been an operand, as have "-" (stdout) and "-x".
bool isOption(const QString &arg) { return arg.startsWith(QLatin1String("--")) && arg.size() > 2; }

} // namespace

OptionParser::OptionParser(const CommandSpec &command) : m_command(command) {}

OptionParser::Result OptionParser::parse(const QStringList &args, ParsedArguments &out, QTextStream &err) const
{
    out = ParsedArguments();
    out.command = &m_command;
    QStringList rest = args;
    if (m_command.hasSubForms()) {
        const Result sub = readSubForm(rest, out);
        if (sub != Result::Run)
            return sub;
    }
    const Result read = readArguments(rest, out, err);
    if (read != Result::Run)
        return read;
    if (!out.form)
        out.form = formChosenByOption(out);
    return out.form && fits(*out.form, int(out.operands.size())) && takesOptionsGiven(out, err) ? Result::Run
                                                                                                : Result::UsageError;
}

// Every option given is one the form takes, and every option it requires was given.
bool OptionParser::takesOptionsGiven(const ParsedArguments &parsed, QTextStream &err) const
{
    const QStringList given = parsed.values.keys() + QStringList(parsed.flags.cbegin(), parsed.flags.cend());
    for (const QString &name : given) {
        if (!parsed.form->takes(name)) {
            err << "diptych-cli " << m_command.name << ' ' << parsed.form->sub << ": no option " << name << '\n';
            return false;
        }
    }
    for (const CommandSpec::Option &option : m_command.options) {
        if (option.required && parsed.form->takes(option.name) && parsed.values.value(option.name).isEmpty()) {
            err << "diptych-cli " << m_command.name << ' ' << parsed.form->sub << " needs " << option.name << '\n';
            return false;
        }
    }
    return true;
}

// "annotations import ...": the form's name comes first, before any option.
OptionParser::Result OptionParser::readSubForm(QStringList &args, ParsedArguments &out) const
{
    if (args.isEmpty())
        return Result::UsageError;
    const QString sub = args.takeFirst();
    if (sub == kHelp)
        return Result::Help;
    for (const CommandSpec::Form &form : m_command.forms) {
        if (form.sub == sub) {
            out.form = &form;
            return Result::Run;
        }
    }
    return Result::UsageError;
}

OptionParser::Result OptionParser::readArguments(const QStringList &args, ParsedArguments &out, QTextStream &err) const
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == kHelp)
            return Result::Help;
        if (!isOption(arg)) {
            out.operands << arg;
            continue;
        }
        const CommandSpec::Option *option = m_command.option(arg);
        if (!option) {
            err << "diptych-cli " << m_command.name << ": unknown option " << arg << '\n';
            return Result::UsageError;
        }
        if (!option->takesValue()) {
            out.flags.insert(arg);
        } else if (i + 1 < args.size()) {
            out.values.insert(arg, args[++i]);
        } else {
            err << "diptych-cli " << m_command.name << ": " << arg << " needs a value\n";
            return Result::UsageError;
        }
    }
    return Result::Run;
}

// The form whose option was given (export-notes --meeting), else the first form that needs
// none. An empty value counts as not given, as it always has.
const CommandSpec::Form *OptionParser::formChosenByOption(const ParsedArguments &parsed) const
{
    const CommandSpec::Form *plain = nullptr;
    for (const CommandSpec::Form &form : m_command.forms) {
        if (form.requiredOption.isEmpty() && !plain)
            plain = &form;
        else if (!form.requiredOption.isEmpty() && !parsed.values.value(form.requiredOption).isEmpty())
            return &form;
    }
    return plain;
}

bool OptionParser::fits(const CommandSpec::Form &form, int operands)
{
    return operands >= form.minOperands && (form.maxOperands < 0 || operands <= form.maxOperands);
}

} // namespace diptych::cli
