#include "official/VerifiedDownload.h"

#include "official/HttpClient.h"
#include "official/OfficialMetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>

namespace diptych {

VerifiedDownload::VerifiedDownload(HttpClient &http) : m_http(http) {}

bool VerifiedDownload::fetch(const QUrl &url, const QString &path, const Check &check, QString &error)
{
    const HttpResult reply = m_http.get(url);
    error = reply.ok ? check(reply.body) : reply.error;
    return error.isEmpty() && writeWhole(reply.body, path, error);
}

QString VerifiedDownload::checkPdf(const QByteArray &body)
{
    if (body.startsWith("%PDF-"))
        return QString();
    const QByteArray head = body.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html"))
        return QStringLiteral("an HTML page, not a PDF");
    return QStringLiteral("not a PDF");
}

QString VerifiedDownload::checkMetadata(const QByteArray &body) { return OfficialMetadata::parse(body).error; }

QString VerifiedDownload::partPath(const QString &path)
{
    return QStringLiteral("%1.%2.part").arg(path).arg(QCoreApplication::applicationPid());
}

bool VerifiedDownload::isLeftoverPart(const QString &fileName)
{
    static const QRegularExpression named(QStringLiteral("\\.(\\d+)\\.part$"));
    const QRegularExpressionMatch match = named.match(fileName);
    if (!match.hasMatch())
        return fileName.endsWith(QLatin1String(".part")); // an older Diptych's NAME.part
    const qint64 pid = match.captured(1).toLongLong();
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return true; // this process fetches one run at a time: an earlier run's
    // kill(pid, 0) asks whether the process exists without touching it; EPERM: it does.
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

bool VerifiedDownload::writeWhole(const QByteArray &body, const QString &path, QString &error)
{
    const QString part = partPath(path);
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(body) != body.size() || !file.flush()) {
        error = QStringLiteral("cannot write %1: %2").arg(part, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        error = QStringLiteral("cannot rename %1 to %2").arg(part, path);
        QFile::remove(part);
        return false;
    }
    return true;
}

} // namespace diptych
