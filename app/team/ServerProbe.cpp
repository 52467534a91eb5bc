#include "team/ServerProbe.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

namespace diptych {

namespace {

constexpr int kTickMs = 50;

// PostgreSQL's SSLRequest: length 8, code 80877103.
QByteArray sslRequest()
{
    QByteArray packet(8, '\0');
    qToBigEndian<quint32>(8, packet.data());
    qToBigEndian<quint32>(80877103, packet.data() + 4);
    return packet;
}

bool stopping() { return QThread::currentThread()->isInterruptionRequested(); }

} // namespace

ServerProbe::Result ServerProbe::ask(const QString &text, int timeoutMs, QString *error)
{
    const QUrl url(text);
    if (url.host().isEmpty() || url.host().startsWith(QLatin1Char('/')))
        return Result::Answered;
    const QString givenTimeout = QUrlQuery(url).queryItemValue(QStringLiteral("connect_timeout"));
    if (givenTimeout.toInt() > 0)
        timeoutMs = givenTimeout.toInt() * 1000;
    const QDeadlineTimer deadline(timeoutMs);
    // Driven by the socket's signals, not its waitFor… calls, so a stop is seen within a tick.
    Result result = Result::NoAnswer;
    QEventLoop loop;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&socket] { socket.write(sslRequest()); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        result = Result::Answered;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (stopping())
            result = Result::Interrupted;
        if (stopping() || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    socket.connectToHost(url.host(), quint16(url.port(5432)));
    loop.exec();
    if (result == Result::NoAnswer && stopping())
        result = Result::Interrupted; // QThread::quit() ends this loop too
    if (result == Result::NoAnswer)
        *error = QStringLiteral("cannot reach %1:%2: %3")
                     .arg(url.host())
                     .arg(url.port(5432))
                     .arg(socket.error() != QAbstractSocket::UnknownSocketError
                              ? socket.errorString()
                              : QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000));
    return result;
}

} // namespace diptych
