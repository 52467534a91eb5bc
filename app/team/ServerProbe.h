#pragma once

#include <QString>

namespace diptych {

// Whether a PostgreSQL server answers at a team URL's host and port, asked the way libpq
// begins (an SSLRequest, which every server answers at once with one byte), in short waits
// that give way as soon as the thread is asked to stop (QThread::requestInterruption).
// libpq's own connect cannot be cut short: a server that does not answer (a firewall that
// drops packets, a listener that never accepts) holds it for the whole connect_timeout, and
// with it a program that quits. TeamSyncWorker asks this first.
class ServerProbe
{
public:
    enum class Result {
        Answered, // or a URL without a host: the local socket, which answers or fails at once
        NoAnswer, // error says why
        Interrupted, // the thread is stopping
    };

    // timeoutMs: how long a server may take to answer (the URL's connect_timeout wins).
    static Result ask(const QString &url, int timeoutMs, QString *error);
};

} // namespace diptych
