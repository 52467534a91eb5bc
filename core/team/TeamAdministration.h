#pragma once

#include <QString>
#include <QStringList>

namespace diptych {

class PostgresConnection;

// What `diptych-cli team init` and `team add` do, run by a role that may create schemas and
// grant roles. Login roles themselves are PostgreSQL's to make (createuser).
class TeamAdministration
{
public:
    // Creates or upgrades the schema (TeamSchema) and the team; false with error set.
    static bool init(const PostgresConnection &server, const QString &team, QString *error);
    // Makes existing login roles members of the team (and of diptych_member). A role that
    // does not exist is an error that names it; nothing is changed then.
    static bool addMembers(const PostgresConnection &server, const QString &team, const QStringList &roles,
                           QString *error);
};

} // namespace diptych
