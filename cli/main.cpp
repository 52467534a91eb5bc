// diptych-cli: the Diptych core from the command line, JSON out for scripts.
#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("diptych"));
    QCoreApplication::setOrganizationName(QStringLiteral("Diptych"));
    return diptych::cli::run(QCoreApplication::arguments());
}
