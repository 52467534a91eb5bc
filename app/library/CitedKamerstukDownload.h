#pragma once

#include <QObject>
#include <QString>

namespace diptych {

class FetchService;
class MainWindow;

// "Download and open" for a cited Kamerstuk that is not in the library (References and
// Links docks):
// fetches it by its official id and opens it when it is in the library. Lives as long as
// the window (its child).
class CitedKamerstukDownload : public QObject
{
    Q_OBJECT
public:
    CitedKamerstukDownload(MainWindow *window, FetchService &service);

    void download(const QString &officialId);

private:
    void onAdded(const QString &path, const QString &officialId);
    void onFinished(int added, int known, const QStringList &failures);

    MainWindow *m_window;
    FetchService &m_service;
    QString m_pending; // the id asked for; empty when none
};

} // namespace diptych
