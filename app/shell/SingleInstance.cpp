#include "shell/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace diptych {

namespace {

QByteArray encode(const CommandLine &commandLine)
{
    QJsonArray files;
    for (const QString &file : commandLine.files)
        files.append(QFileInfo(file).absoluteFilePath());
    const QJsonObject message{{QStringLiteral("files"), files}, {QStringLiteral("compare"), commandLine.compare}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

CommandLine decode(const QByteArray &line)
{
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    CommandLine out;
    for (const QJsonValue &file : message.value(QStringLiteral("files")).toArray())
        out.files << file.toString();
    out.compare = message.value(QStringLiteral("compare")).toBool() && out.files.size() == 2;
    return out;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent), m_key(key), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::serverName(const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(QFileInfo(key).absoluteFilePath()).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return QStringLiteral("diptych-%1-%2").arg(getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::passToRunning(const QString &key, const CommandLine &commandLine, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(key));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(commandLine));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running program answers once it has taken the files; without the answer this
    // start opens them itself rather than lose them.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    const QString name = serverName(m_key);
    if (m_server->listen(name))
        return true;
    // A program that was killed leaves its socket file behind: nobody answers on it.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(300))
        return false; // another program has it
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const CommandLine received = decode(socket->readLine());
            socket->write("ok\n");
            socket->flush();
            Q_EMIT commandLineReceived(received);
        });
    }
}

} // namespace diptych
