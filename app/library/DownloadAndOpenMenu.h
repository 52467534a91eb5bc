#pragma once

#include <QPoint>
#include <QString>

#include <functional>

class QWidget;

namespace diptych {

// The context menu of a cited Kamerstuk that is not in the library (References and Links
// docks): "Download and open", which CitedKamerstukDownload carries out. Only a Kamerstuk
// ("kst-...") has an official PDF address to fetch it by (OfficialFetcher::recordForId).
class DownloadAndOpenMenu
{
public:
    static bool canFetch(const QString &officialId);
    // Shows the menu at globalPos when officialId can be fetched; request gets the id.
    static void exec(QWidget *parent, const QPoint &globalPos, const QString &officialId,
                     const std::function<void(const QString &)> &request);
};

} // namespace diptych
