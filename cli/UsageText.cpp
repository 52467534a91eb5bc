#include "UsageText.h"

#include "CommandTable.h"

namespace diptych::cli {

namespace {

// Synopses wrap before this column so the usage reads in a terminal and in the README.
constexpr int kWidth = 80;
const QString kDescriptionIndent = QStringLiteral("    ");

QString optionLabel(const CommandSpec::Option &option)
{
    return option.takesValue() ? QString(option.name + QLatin1Char(' ') + option.value) : option.name;
}

// The options a form shows, in its own order when it names them.
QVector<const CommandSpec::Option *> optionsOf(const CommandSpec &command, const CommandSpec::Form &form)
{
    QVector<const CommandSpec::Option *> out;
    for (const QString &name : form.options)
        out << command.option(name);
    for (const CommandSpec::Option &option : command.options) {
        if (form.options.isEmpty())
            out << &option;
    }
    return out;
}

// An option that chooses a form is shown in that form only, and not in brackets.
bool choosesAForm(const CommandSpec &command, const QString &option)
{
    for (const CommandSpec::Form &form : command.forms) {
        if (form.requiredOption == option)
            return true;
    }
    return false;
}

QStringList synopsisWords(const CommandSpec &command, const CommandSpec::Form &form)
{
    QStringList words;
    for (const CommandSpec::Option *option : optionsOf(command, form)) {
        if (option->required)
            words << optionLabel(*option);
        else if (!choosesAForm(command, option->name))
            words << QLatin1Char('[') + optionLabel(*option) + QLatin1Char(']');
    }
    if (const CommandSpec::Option *required = command.option(form.requiredOption))
        words << optionLabel(*required);
    return words + form.operands.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "diptych-cli COMMAND [SUB] WORDS...", continued under the first word when too wide.
QStringList synopsisLines(const CommandSpec &command, const CommandSpec::Form &form)
{
    QString head = QStringLiteral("diptych-cli ") + command.name;
    if (!form.sub.isEmpty())
        head += QLatin1Char(' ') + form.sub;
    const QString indent(head.size() + 1, QLatin1Char(' '));
    QStringList lines{head};
    bool lineHasWords = false;
    for (const QString &word : synopsisWords(command, form)) {
        if (lineHasWords && lines.last().size() + 1 + word.size() > kWidth) {
            lines << indent + word;
        } else {
            lines.last() += QLatin1Char(' ') + word;
            lineHasWords = true;
        }
    }
    return lines;
}

QString formText(const CommandSpec &command, const CommandSpec::Form &form, const QString &indent)
{
    QString text;
    for (const QString &line : synopsisLines(command, form))
        text += indent + line + QLatin1Char('\n');
    return text + indent + kDescriptionIndent + form.description + QLatin1Char('\n');
}

QString optionsText(const CommandSpec &command)
{
    qsizetype width = 0;
    for (const CommandSpec::Option &option : command.options)
        width = qMax(width, optionLabel(option).size());
    QString text = QStringLiteral("options:\n");
    for (const CommandSpec::Option &option : command.options)
        text += QStringLiteral("  ") + optionLabel(option).leftJustified(width + 3) + option.description
                + QLatin1Char('\n');
    return text;
}

} // namespace

QString UsageText::full()
{
    QString text;
    for (const CommandSpec &command : CommandTable::commands()) {
        for (const CommandSpec::Form &form : command.forms)
            text += formText(command, form, QString());
    }
    return text + QStringLiteral("diptych-cli COMMAND --help\n") + kDescriptionIndent
           + QStringLiteral("the forms and options of one command\n");
}

QString UsageText::of(const CommandSpec &command)
{
    QString text = QStringLiteral("usage:\n");
    for (const CommandSpec::Form &form : command.forms)
        text += formText(command, form, QStringLiteral("  "));
    if (!command.options.isEmpty())
        text += optionsText(command);
    return text;
}

int UsageText::usageError(const CommandSpec &command, QTextStream &err)
{
    err << of(command);
    return 2;
}

} // namespace diptych::cli
