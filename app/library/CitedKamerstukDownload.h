#pragma once

#include <QObject>
#include <QString>

namespace diptych {

class FetchService;
class Library;
class MainWindow;

// "Download and open" for a cited Kamerstuk that is not in the library (References and
// Links docks, and the popup of a footnote that cites it, which it gives the window):
// fetches it by its official id and opens it when it is in the library. Lives as long as
// the window (its child).
class CitedKamerstukDownload : public QObject
{
    Q_OBJECT
public:
    CitedKamerstukDownload(MainWindow *window, FetchService &service, Library &library);

    void download(const QString &officialId);

private:
    void onAdded(const QString &path, const QString &officialId);
    void onFinished(int added, int known, const QStringList &failures);

    MainWindow *m_window;
    FetchService &m_service;
    QString m_pending; // the id asked for; empty when none
};

} // namespace diptych
