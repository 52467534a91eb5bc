#include "library/DownloadAndOpenMenu.h"

#include <QCoreApplication>
#include <QMenu>

namespace diptych {

bool DownloadAndOpenMenu::canFetch(const QString &officialId) { return officialId.startsWith(QLatin1String("kst-")); }

void DownloadAndOpenMenu::exec(QWidget *parent, const QPoint &globalPos, const QString &officialId,
                               const std::function<void(const QString &)> &request)
{
    if (!canFetch(officialId))
        return;
    QMenu menu(parent);
    menu.addAction(QCoreApplication::translate("diptych::DownloadAndOpenMenu", "Download and open"), parent,
                   [request, officialId] { request(officialId); });
    menu.exec(globalPos);
}

} // namespace diptych
