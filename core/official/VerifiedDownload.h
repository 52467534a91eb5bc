#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace diptych {

class HttpClient;

// A file that is in its place only when it is whole: the body goes to NAME.part, is checked
// (length against Content-Length in HttpClient, then the content itself), and only then
// renamed to NAME. A failed or interrupted download leaves at most a .part file, which the
// next attempt overwrites; the library never sees it.
class VerifiedDownload
{
public:
    // Returns an empty string when the body is what it should be, else why not.
    using Check = std::function<QString(const QByteArray &body)>;

    explicit VerifiedDownload(HttpClient &http);

    // False with error set when the download, the check or the writing fails.
    bool fetch(const QUrl &url, const QString &path, const Check &check, QString &error);

    // Where a body is written before it is renamed into place: NAME.PID.part, so two fetches
    // into one folder at once (the program and diptych-cli) never write or remove each
    // other's file.
    static QString partPath(const QString &path);
    // Whether a .part file was left by a process that is gone (a killed run): those may go.
    static bool isLeftoverPart(const QString &fileName);
    // A PDF starts with %PDF-; an HTML error page served under a .pdf name does not.
    static QString checkPdf(const QByteArray &body);
    // A metadata.xml that reads as one.
    static QString checkMetadata(const QByteArray &body);

private:
    static bool writeWhole(const QByteArray &body, const QString &path, QString &error);

    HttpClient &m_http;
};

} // namespace diptych
