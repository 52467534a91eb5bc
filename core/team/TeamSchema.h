#pragma once

#include <QString>

namespace diptych {

class PostgresConnection;

// The team server's schema "diptych" and its versions. Each step takes the schema from
// version i to i + 1 in one transaction; never edit a released step, add one. A server
// whose schema is newer than this program knows is refused, never touched.
//
// Enforcement lives on the server: members are login roles granted diptych_member; row-level
// security lets a role see its own rows and its teams' rows, and change only its own. The
// revision, the author role and the NOTIFY come from triggers, so a direct SQL connection
// gets exactly the rules the program gets.
class TeamSchema
{
public:
    static int currentVersion();
    // The version on the server: 0 when there is no schema yet, -1 on an error.
    static int version(const PostgresConnection &server, QString *error);
    // Runs the missing steps up to upTo (default: all). False, with error set, when the
    // server is newer than this program or a step fails (nothing of that step stays).
    static bool upgrade(const PostgresConnection &server, QString *error, int upTo = -1);

    // The channel NOTIFY announces every new revision on (its payload: the revision).
    static QString notifyChannel() { return QStringLiteral("diptych_revisions"); }
    // The group role every member holds; it carries the grants.
    static QString memberRole() { return QStringLiteral("diptych_member"); }
};

} // namespace diptych
