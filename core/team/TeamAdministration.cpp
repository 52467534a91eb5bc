#include "team/TeamAdministration.h"

#include "team/PostgresConnection.h"
#include "team/TeamSchema.h"

#include <QSqlQuery>

namespace diptych {

namespace {

bool failWith(const PostgresConnection &server, QString *error, const QString &reason)
{
    *error = reason;
    server.rollback();
    return false;
}

bool exists(const PostgresConnection &server, const QString &sql, const QString &value)
{
    auto q = server.run(sql, {value});
    return q && q->next();
}

} // namespace

bool TeamAdministration::init(const PostgresConnection &server, const QString &team, QString *error)
{
    if (team.trimmed().isEmpty()) {
        *error = QStringLiteral("a team needs a name");
        return false;
    }
    if (!TeamSchema::upgrade(server, error))
        return false;
    if (!server.exec(QStringLiteral("INSERT INTO diptych.teams (name) VALUES (?) ON CONFLICT DO NOTHING"),
                     {team.trimmed()})) {
        *error = server.error();
        return false;
    }
    return true;
}

bool TeamAdministration::addMembers(const PostgresConnection &server, const QString &team, const QStringList &roles,
                                    QString *error)
{
    if (!server.begin())
        return failWith(server, error, server.error());
    if (!exists(server, QStringLiteral("SELECT 1 FROM diptych.teams WHERE name = ?"), team))
        return failWith(server, error,
                        QStringLiteral("no team '%1' on the server (diptych-cli team init makes it)").arg(team));
    for (const QString &role : roles) {
        if (!exists(server, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"), role))
            return failWith(server, error,
                            QStringLiteral("no login role '%1' on the server (createuser makes it)").arg(role));
        const bool ok =
            server.exec(QStringLiteral("INSERT INTO diptych.members (team, role) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                        {team, role})
            && server.exec(QStringLiteral("GRANT ") + TeamSchema::memberRole() + QStringLiteral(" TO ")
                           + PostgresConnection::quotedIdentifier(role));
        if (!ok)
            return failWith(server, error, server.error());
    }
    if (!server.commit())
        return failWith(server, error, server.error());
    return true;
}

bool TeamAdministration::removeMembers(const PostgresConnection &server, const QString &team, const QStringList &roles,
                                       QString *error)
{
    if (!server.begin())
        return failWith(server, error, server.error());
    for (const QString &role : roles) {
        auto removed = server.run(
            QStringLiteral("DELETE FROM diptych.members WHERE team = ? AND role = ? RETURNING role"), {team, role});
        if (!removed)
            return failWith(server, error, server.error());
        if (!removed->next())
            return failWith(server, error, QStringLiteral("'%1' is not a member of team '%2'").arg(role, team));
    }
    if (!server.commit())
        return failWith(server, error, server.error());
    return true;
}

} // namespace diptych
