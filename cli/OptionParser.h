#pragma once

#include "ParsedArguments.h"

#include <QTextStream>

namespace diptych::cli {

// Reads the arguments of one command by its entry in the command table; the only parser
// of diptych-cli. Options may come before, after or between the other arguments; an
// option's value is the next argument, whatever it looks like. "-" and "-x" are operands.
class OptionParser
{
public:
    enum class Result {
        Run, // out holds the command line
        Help, // --help was given in place of an option
        UsageError, // after a line on err when an option was wrong
    };

    explicit OptionParser(const CommandSpec &command);

    // args: what follows the command's name.
    Result parse(const QStringList &args, ParsedArguments &out, QTextStream &err) const;

private:
    Result readSubForm(QStringList &args, ParsedArguments &out) const;
    Result readArguments(const QStringList &args, ParsedArguments &out, QTextStream &err) const;
    const CommandSpec::Form *formChosenByOption(const ParsedArguments &parsed) const;
    static bool fits(const CommandSpec::Form &form, int operands);
    bool takesOptionsGiven(const ParsedArguments &parsed, QTextStream &err) const;

    const CommandSpec &m_command;
};

} // namespace diptych::cli
