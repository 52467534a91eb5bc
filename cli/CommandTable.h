#pragma once

#include "CommandSpec.h"

namespace diptych::cli {

// Every command of diptych-cli with its forms and options: the one place they are written
// down (issue 13). The order is the order of --help.
class CommandTable
{
public:
    static const QVector<CommandSpec> &commands();
    // nullptr for a name that is no command.
    static const CommandSpec *find(const QString &name);
};

} // namespace diptych::cli
