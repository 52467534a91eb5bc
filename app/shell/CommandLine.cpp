#include "shell/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace diptych {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "diptych::CommandLine", "Read and compare Kamerbrieven about NATO ministerial meetings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QCoreApplication::translate("diptych::CommandLine", "Open LEFT and RIGHT side by side."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(compare);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("diptych::CommandLine", "PDF or text files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(arguments);

    CommandLine out;
    out.files = parser.positionalArguments();
    out.compare = parser.isSet(compare);
    out.screenshot = parser.value(screenshot);
    if (out.compare && out.files.size() != 2) {
        out.error =
            QCoreApplication::translate("diptych::CommandLine", "--compare needs exactly two files: LEFT RIGHT");
        out.compare = false;
    }
    return out;
}

} // namespace diptych
