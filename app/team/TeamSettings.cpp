#include "team/TeamSettings.h"

#include <QSettings>

namespace diptych {

namespace {
const QString kServer = QStringLiteral("team/server");
const QString kTeam = QStringLiteral("team/name");
} // namespace

TeamSettings TeamSettings::load(QSettings &settings)
{
    return {settings.value(kServer).toString(), settings.value(kTeam).toString()};
}

void TeamSettings::save(QSettings &settings) const
{
    if (isSet()) {
        settings.setValue(kServer, server.trimmed());
        settings.setValue(kTeam, team.trimmed());
    } else {
        settings.remove(kServer);
        settings.remove(kTeam);
    }
    settings.sync();
}

} // namespace diptych
