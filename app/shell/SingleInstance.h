#pragma once

#include "shell/CommandLine.h"

#include <QObject>

class QLocalServer;

namespace diptych {

// One program per library, as qpdfview and Okular do with their unique-instance option: a
// second `diptych FILE` hands its files to the window already open on the same library
// database and quits, and that window opens them and comes to the front. Two programs on
// one database would each keep their own view of it without a word. The channel is a
// local socket named by the user and the database path (QLocalServer: a Unix socket here).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key: the library database path; programs on other libraries are left alone.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    static QString serverName(const QString &key);
    // Gives the command line (files made absolute) to a program already running on this
    // library; true when it took them, false when none answers within timeoutMs.
    static bool passToRunning(const QString &key, const CommandLine &commandLine, int timeoutMs = 2000);
    // Starts taking the command lines of later starts; false when the name cannot be had.
    bool listen();

Q_SIGNALS:
    void commandLineReceived(const diptych::CommandLine &commandLine);

private:
    void onConnection();

    QString m_key;
    QLocalServer *m_server;
};

} // namespace diptych
