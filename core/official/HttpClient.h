#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace diptych {

// What one GET brought: the body when ok, else why not.
struct HttpResult {
    bool ok = false;
    int status = 0; // HTTP status of the last attempt; 0 when none came
    QByteArray body;
    QString error; // for a person: "HTTP 404", "timed out after 30 s", "certificate error: ..."
    int attempts = 0;
    bool notFound = false; // 404, or the official site's fout404 page
};

// A GET that behaves on someone else's server: at most two requests a second, a
// User-Agent naming Diptych and its version, the system proxy, a timeout per request, and
// retries with a growing pause after a 5xx answer or a timeout. HTTPS certificate errors
// fail the request with the reason; they are never ignored. A body shorter than its
// Content-Length fails too, so a broken transfer is never taken for a document.
// Synchronous (a local event loop); use it on one thread, the one that made it.
class HttpClient
{
public:
    struct Options {
        int timeoutMs = 30000;
        int attempts = 3; // the first try and two retries
        int firstBackoffMs = 1000; // then doubled
        int minIntervalMs = 500; // two requests a second
    };

    HttpClient();
    explicit HttpClient(const Options &options);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Checked while waiting: when it turns true the request is aborted ("cancelled").
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    HttpResult get(const QUrl &url);

private:
    HttpResult attempt(const QUrl &url);
    bool waitForReply(QNetworkReply &reply);
    void waitForTurn();
    void pause(int ms) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    static bool worthRetrying(const HttpResult &result);
    static void readReply(QNetworkReply &reply, HttpResult &result);

    Options m_options;
    QNetworkAccessManager *m_network;
    QElapsedTimer m_sinceLastRequest;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace diptych
