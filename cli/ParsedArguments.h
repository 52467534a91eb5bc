#pragma once

#include "CommandSpec.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace diptych::cli {

// One command line after OptionParser: the form it chose, the flags and option values
// given (the last one wins when an option is repeated) and the other arguments in order.
struct ParsedArguments {
    const CommandSpec *command = nullptr;
    const CommandSpec::Form *form = nullptr;
    QSet<QString> flags;
    QHash<QString, QString> values;
    QStringList operands;

    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    // The option's value; empty when it was not given.
    QString value(const char *option) const { return values.value(QLatin1String(option)); }
    QString sub() const { return form ? form->sub : QString(); }
};

} // namespace diptych::cli
