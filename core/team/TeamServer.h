#pragma once

#include "team/EditOutcome.h"
#include "team/ServerItem.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace diptych {

class PostgresConnection;

// The losing side of a stale update, as diptych.kept_revisions holds it for its author.
struct KeptRevision {
    qint64 id = 0; // what a restore names
    ServerItem item; // id (the annotation's), owner, deleted, modified and body; no other columns
    QDateTime keptAt;
};

// The queries a client runs against a team server (schema: TeamSchema), as the logged-in
// role: row-level security decides what it sees and may change.
class TeamServer
{
public:
    explicit TeamServer(const PostgresConnection &connection) : m_server(connection) {}

    // Applies one outbox edit exactly once (diptych.apply_edit); nullopt on a failure.
    std::optional<EditOutcome> apply(const QString &editId, const ServerItem &item, qint64 baseRevision) const;
    // The rows after revision `after`, oldest first, at most limit of them; nullopt on a failure.
    std::optional<QVector<ServerItem>> since(qint64 after, int limit) const;
    // One row as the server holds it (deleted ones too); nullopt when unseen or on a failure.
    std::optional<ServerItem> item(const QString &id) const;
    // A team's rows with after < revision <= upTo, oldest first, at most limit of them: the
    // rows a member added to the team later could not see when the pull passed them.
    std::optional<QVector<ServerItem>> ofTeam(const QString &team, qint64 after, qint64 upTo, int limit) const;
    // The sides of stale updates kept for this author's annotation, newest first (another
    // role sees none: row-level security).
    std::optional<QVector<KeptRevision>> keptRevisions(const QString &id) const;
    // The teams the logged-in role is a member of, by name.
    std::optional<QStringList> teams() const;
    // Which server and database this is, whatever URL reaches it: the cluster's system
    // identifier, the database and the diptych schema (a schema made again is another
    // server: its revisions start afresh). Empty on a failure.
    QString identity() const;
    QString error() const;

private:
    std::optional<QVector<ServerItem>> items(const QString &where, const QVariantList &values) const;

    const PostgresConnection &m_server;
};

} // namespace diptych
