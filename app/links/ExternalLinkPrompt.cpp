#include "links/ExternalLinkPrompt.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

namespace diptych {

void ExternalLinkPrompt::offer(QWidget *parent, const QString &what, const QString &url)
{
    if (url.isEmpty())
        return;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Reference not in the library"),
                                tr("%1 is not in your library.\n\nOpen its page on "
                                   "officielebekendmakingen.nl in the browser?\n%2")
                                    .arg(what, url),
                                QMessageBox::Open | QMessageBox::Cancel, parent);
    ask->setObjectName(QStringLiteral("externalLinkPrompt"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(ask, &QMessageBox::finished, ask, [url](int result) {
        if (result == QMessageBox::Open)
            QDesktopServices::openUrl(QUrl(url));
    });
    ask->open();
}

} // namespace diptych
