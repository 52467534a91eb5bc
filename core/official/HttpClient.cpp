#include "official/HttpClient.h"

#include "official/OfficialSources.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QThread>
#include <QTimer>

namespace diptych {

namespace {

constexpr int kCancelPollMs = 100;

// The official site answers an unknown publication not with 404 but with a redirect to its
// "fout404" page (200, HTML). tkconv (berthubert/tkconv, tkgetopdocs: "Fake 404 detected")
// checks the final location for "fout404" the same way.
bool isFout404(const QUrl &finalUrl) { return finalUrl.toString().contains(QLatin1String("fout404")); }

} // namespace

HttpClient::HttpClient() : HttpClient(Options()) {}

HttpClient::HttpClient(const Options &options) : m_options(options), m_network(new QNetworkAccessManager)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() { delete m_network; }

HttpResult HttpClient::get(const QUrl &url)
{
    HttpResult result;
    int backoff = m_options.firstBackoffMs;
    for (int i = 0; i < m_options.attempts; ++i) {
        if (i > 0) {
            pause(backoff);
            backoff *= 2;
        }
        result = attempt(url);
        result.attempts = i + 1;
        if (result.ok || !worthRetrying(result) || cancelled())
            break;
    }
    return result;
}

// Sleeps in short steps so that a cancel is not kept waiting by a backoff.
void HttpClient::pause(int ms) const
{
    QElapsedTimer slept;
    slept.start();
    while (slept.elapsed() < ms && !cancelled())
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(kCancelPollMs, ms - slept.elapsed())));
}

bool HttpClient::worthRetrying(const HttpResult &result)
{
    return result.status >= 500 || result.error.startsWith(QLatin1String("timed out"));
}

// Requests start at least minIntervalMs apart, retries included.
void HttpClient::waitForTurn()
{
    if (m_sinceLastRequest.isValid()) {
        const qint64 wait = m_options.minIntervalMs - m_sinceLastRequest.elapsed();
        if (wait > 0)
            QThread::msleep(static_cast<unsigned long>(wait));
    }
    m_sinceLastRequest.start();
}

HttpResult HttpClient::attempt(const QUrl &url)
{
    waitForTurn();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, OfficialSources::userAgent());
    QNetworkReply *reply = m_network->get(request);
    QString sslError;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&sslError](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslError += (sslError.isEmpty() ? QString() : QStringLiteral("; ")) + e.errorString();
    });
    const bool timedOut = waitForReply(*reply);
    HttpResult result;
    readReply(*reply, result);
    if (timedOut)
        result.error = QStringLiteral("timed out after %1 s").arg(m_options.timeoutMs / 1000.0);
    else if (!sslError.isEmpty())
        result.error = QStringLiteral("certificate error: ") + sslError;
    else if (cancelled())
        result.error = QStringLiteral("cancelled");
    result.ok = result.ok && !timedOut && !cancelled();
    delete reply;
    return result;
}

// Runs an event loop until the reply has finished, aborting it when no data came for
// timeoutMs (returns true then) or when the job is cancelled.
bool HttpClient::waitForReply(QNetworkReply &reply)
{
    QEventLoop loop;
    QObject::connect(&reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply.abort();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            reply.abort();
    });
    // Restarted by every piece of data: a slow but moving transfer is not a timeout.
    QObject::connect(&reply, &QNetworkReply::downloadProgress, &timeout, [&] { timeout.start(m_options.timeoutMs); });
    timeout.start(m_options.timeoutMs);
    cancelPoll.start(kCancelPollMs);
    if (!reply.isFinished())
        loop.exec();
    return timedOut;
}

void HttpClient::readReply(QNetworkReply &reply, HttpResult &result)
{
    result.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply.readAll();
    // Content-Length counts the bytes sent; a body Qt has decompressed is longer.
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed().toLower();
    const QVariant length =
        encoding.isEmpty() || encoding == "identity" ? reply.header(QNetworkRequest::ContentLengthHeader) : QVariant();
    if (result.status == 404 || (result.status == 200 && isFout404(reply.url()))) {
        result.notFound = true;
        result.error = QStringLiteral("not found (%1)").arg(reply.url().toString());
    } else if (result.status == 200 && length.isValid() && length.toLongLong() != result.body.size()) {
        // Qt may call this "Connection closed"; the length says what went wrong.
        result.error = QStringLiteral("incomplete: %1 of %2 bytes").arg(result.body.size()).arg(length.toLongLong());
    } else if (reply.error() != QNetworkReply::NoError && result.status < 400) {
        result.error = reply.errorString();
    } else if (result.status != 200) {
        result.error = QStringLiteral("HTTP %1").arg(result.status);
    } else {
        result.ok = true;
    }
}

} // namespace diptych
