#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych::cli {

struct ParsedArguments;

// One command of diptych-cli as the command table describes it: what it accepts and what
// its usage says. The parser, --help and the README's usage block all read this, so the
// forms a user sees and the forms that are accepted cannot drift apart.
struct CommandSpec {
    // --name, or --name VALUE when value is set (the word the usage shows for it).
    struct Option {
        QString name;
        QString value;
        QString description;
        bool required = false; // shown without brackets; leaving it out is a usage error
        bool takesValue() const { return !value.isEmpty(); }
    };

    // One way of calling the command. A command has sub-forms ("annotations import") when
    // sub is set, and then the first argument chooses the form; otherwise a form may be
    // chosen by giving its requiredOption (export-notes --meeting).
    struct Form {
        QString sub;
        QString requiredOption;
        QString operands; // as the usage shows them: "AGENDA VERSLAG", "FILE..."
        int minOperands = 0;
        int maxOperands = -1; // -1: no limit
        QString description; // one line
        // The options this form takes, in the order its usage shows them; empty: all of
        // the command's (team init takes no --store, team sync does).
        QStringList options;
        bool takes(const QString &option) const { return options.isEmpty() || options.contains(option); }
    };

    QString name;
    QVector<Option> options;
    QVector<Form> forms;
    int (*run)(const ParsedArguments &) = nullptr; // the command itself, on what the parser read

    const Option *option(const QString &optionName) const
    {
        for (const Option &o : options) {
            if (o.name == optionName)
                return &o;
        }
        return nullptr;
    }
    bool hasSubForms() const { return !forms.isEmpty() && !forms.first().sub.isEmpty(); }
};

} // namespace diptych::cli
