#include "storage/ApplicationIdentity.h"

#include <QCoreApplication>

namespace diptych {

void ApplicationIdentity::install()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("diptych"));
}

} // namespace diptych
