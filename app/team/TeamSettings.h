#pragma once

#include <QString>

class QSettings;

namespace diptych {

// Which team server the program syncs with: a libpq URL (postgresql://user@host/db) and the
// team's name, kept in the settings file under [team]. The password is never kept here:
// libpq reads it from ~/.pgpass or PGPASSWORD, as psql does. Empty server: no team, and the
// program works exactly as without one.
struct TeamSettings {
    QString server;
    QString team;

    bool isSet() const { return !server.trimmed().isEmpty() && !team.trimmed().isEmpty(); }
    static TeamSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace diptych
