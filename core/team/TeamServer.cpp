#include "team/TeamServer.h"

#include "team/PostgresConnection.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace diptych {

namespace {

const QString kColumns = QStringLiteral("id, coalesce(reply_to, ''), coalesce(team, ''), document, official_id,"
                                        " author_role, deleted, modified, revision, body::text");

ServerItem fromRow(const QSqlQuery &q)
{
    ServerItem item;
    item.id = q.value(0).toString();
    item.replyTo = q.value(1).toString();
    item.team = q.value(2).toString();
    item.document = q.value(3).toString();
    item.officialId = q.value(4).toString();
    item.owner = q.value(5).toString();
    item.deleted = q.value(6).toBool();
    item.modified = q.value(7).toDateTime().toUTC();
    item.revision = q.value(8).toLongLong();
    item.body = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    return item;
}

} // namespace

std::optional<EditOutcome> TeamServer::apply(const QString &editId, const ServerItem &item, qint64 baseRevision) const
{
    auto q =
        m_server.run(QStringLiteral("SELECT r_outcome, r_revision, r_owner FROM diptych.apply_edit(?, ?, NULLIF(?, ''),"
                                    " NULLIF(?, ''), ?, ?, ?, ?, ?::timestamptz, ?::jsonb)"),
                     {editId, item.id, item.replyTo, item.team, item.document, item.officialId, item.deleted,
                      baseRevision, item.modified.toUTC().toString(Qt::ISODateWithMs),
                      QString::fromUtf8(QJsonDocument(item.body).toJson(QJsonDocument::Compact))});
    if (!q || !q->next())
        return std::nullopt;
    EditOutcome outcome;
    outcome.kind = EditOutcome::kindFromName(q->value(0).toString()).value_or(EditOutcome::Kind::Applied);
    outcome.revision = q->value(1).toLongLong();
    outcome.owner = q->value(2).toString();
    return outcome;
}

std::optional<QVector<ServerItem>> TeamServer::items(const QString &where, const QVariantList &values) const
{
    auto q = m_server.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM diptych.annotations ") + where,
                          values);
    if (!q)
        return std::nullopt;
    QVector<ServerItem> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

std::optional<QVector<ServerItem>> TeamServer::since(qint64 after, int limit) const
{
    return items(QStringLiteral("WHERE revision > ? ORDER BY revision LIMIT ?"), {after, limit});
}

std::optional<ServerItem> TeamServer::item(const QString &id) const
{
    const auto found = items(QStringLiteral("WHERE id = ?"), {id});
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

std::optional<QVector<ServerItem>> TeamServer::ofTeam(const QString &team, qint64 after, qint64 upTo, int limit) const
{
    return items(QStringLiteral("WHERE team = ? AND revision > ? AND revision <= ? ORDER BY revision LIMIT ?"),
                 {team, after, upTo, limit});
}

std::optional<QVector<KeptRevision>> TeamServer::keptRevisions(const QString &id) const
{
    auto q = m_server.run(QStringLiteral("SELECT id, annotation, author_role, deleted, modified, body::text, kept_at"
                                         " FROM diptych.kept_revisions WHERE annotation = ? ORDER BY id DESC"),
                          {id});
    if (!q)
        return std::nullopt;
    QVector<KeptRevision> out;
    while (q->next()) {
        KeptRevision kept;
        kept.id = q->value(0).toLongLong();
        kept.item.id = q->value(1).toString();
        kept.item.owner = q->value(2).toString();
        kept.item.deleted = q->value(3).toBool();
        kept.item.modified = q->value(4).toDateTime().toUTC();
        kept.item.body = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        kept.keptAt = q->value(6).toDateTime().toUTC();
        out.append(kept);
    }
    return out;
}

std::optional<QStringList> TeamServer::teams() const
{
    auto q = m_server.run(QStringLiteral("SELECT team FROM diptych.members WHERE role = current_user ORDER BY team"));
    if (!q)
        return std::nullopt;
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QString TeamServer::identity() const
{
    // pg_control_system() names the cluster; where a hosting service withholds it, the
    // address the server answers on stands in.
    const QString schema = QStringLiteral(" || '/' || current_database() || '/' || n.oid::text FROM ");
    const QString where = QStringLiteral(" pg_namespace n WHERE n.nspname = 'diptych'");
    auto q = m_server.run(QStringLiteral("SELECT c.system_identifier::text") + schema
                          + QStringLiteral("pg_control_system() c,") + where);
    if (!q)
        q = m_server.run(QStringLiteral("SELECT coalesce(host(inet_server_addr()), 'local') || ':' ||"
                                        " inet_server_port()::text")
                         + schema + where);
    return q && q->next() ? q->value(0).toString() : QString();
}

QString TeamServer::error() const { return m_server.error(); }

} // namespace diptych
