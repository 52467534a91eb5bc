#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace diptych::test {

// One run of diptych-cli (path in DIPTYCH_CLI) as a script would make it.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DIPTYCH_CLI), args);
    process.waitForFinished(60000);
    return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace diptych::test
