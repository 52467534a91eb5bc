#include "official/VerifiedDownload.h"

#include "official/HttpClient.h"
#include "official/OfficialMetadata.h"

#include <QFile>

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
