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
    // Takes roles off the team: the server shows them the team's notes no longer, and their
    // next sync removes others' notes of it from their machine (TeamSync). Their own notes
    // stay theirs. A role that is not a member is an error that names it; nothing is
    // changed then.
    static bool removeMembers(const PostgresConnection &server, const QString &team, const QStringList &roles,
                              QString *error);
};

} // namespace diptych
