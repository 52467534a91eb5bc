#pragma once

#include "CommandSpec.h"

#include <QTextStream>

namespace diptych::cli {

// The usage texts, written from the command table: every form with its description for
// --help (and the README's usage block, which a test holds equal to it), and one command's
// forms and options for COMMAND --help and that command's usage errors.
class UsageText
{
public:
    static QString full();
    static QString of(const CommandSpec &command);
    // Writes the command's usage on err and returns 2, the exit code of a usage error.
    static int usageError(const CommandSpec &command, QTextStream &err);
};

} // namespace diptych::cli
