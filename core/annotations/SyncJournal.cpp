#include "annotations/SyncJournal.h"

#include "storage/SqliteDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace diptych {

namespace {

const QString kPulled = QStringLiteral("pulled-revision");
const QString kRole = QStringLiteral("role");
const QString kServer = QStringLiteral("server");
const QString kTeams = QStringLiteral("teams");

std::optional<QSqlQuery> query(const SqliteDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.handle());
    q.prepare(sql);
    if (!db.run(q, values))
        return std::nullopt;
    return q;
}

} // namespace

bool SyncJournal::enqueue(const QString &item) const
{
    return query(m_db,
                 QStringLiteral("INSERT INTO sync_outbox (edit, item) SELECT ?, ? WHERE NOT EXISTS"
                                " (SELECT 1 FROM sync_outbox WHERE item = ? AND attempted = 0)"),
                 {QUuid::createUuid().toString(QUuid::WithoutBraces), item, item})
        .has_value();
}

bool SyncJournal::record(const QString &item, qint64 revision, const QString &owner) const
{
    return query(
               m_db,
               QStringLiteral("INSERT INTO sync_items (item, revision, owner) VALUES (?, ?, ?)"
                              " ON CONFLICT(item) DO UPDATE SET revision = excluded.revision, owner = excluded.owner"),
               {item, revision, owner})
        .has_value();
}

std::optional<QStringList> SyncJournal::othersItemsOfTeam(const QString &team, const QString &role) const
{
    QStringList items;
    auto q = query(m_db,
                   QStringLiteral("SELECT a.id FROM annotations a JOIN sync_items s ON s.item = a.id"
                                  " WHERE a.team = ? AND s.owner <> ?"
                                  " UNION SELECT r.id FROM annotation_replies r"
                                  " JOIN annotations a ON a.id = r.annotation"
                                  " JOIN sync_items s ON s.item = r.id WHERE a.team = ? AND s.owner <> ?"),
                   {team, role, team, role});
    if (!q)
        return std::nullopt;
    while (q->next())
        items << q->value(0).toString();
    return items;
}

bool SyncJournal::forget(const QString &item) const
{
    return query(m_db, QStringLiteral("DELETE FROM sync_items WHERE item = ?"), {item}).has_value();
}

bool SyncJournal::remove(const QString &edit) const
{
    return query(m_db, QStringLiteral("DELETE FROM sync_outbox WHERE edit = ?"), {edit}).has_value();
}

bool SyncJournal::setState(const QString &name, const QString &value) const
{
    return query(m_db,
                 QStringLiteral("INSERT INTO sync_state (name, value) VALUES (?, ?)"
                                " ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
                 {name, value})
        .has_value();
}

QString SyncJournal::state(const QString &name) const
{
    auto q = query(m_db, QStringLiteral("SELECT value FROM sync_state WHERE name = ?"), {name});
    return q && q->next() ? q->value(0).toString() : QString();
}

bool SyncJournal::setPulledRevision(qint64 revision) const { return setState(kPulled, QString::number(revision)); }

bool SyncJournal::setRole(const QString &role) const { return setState(kRole, role); }

bool SyncJournal::startOver(const QString &role) const
{
    return query(m_db,
                 QStringLiteral("UPDATE sync_items SET revision = 0,"
                                " owner = CASE WHEN owner = ? THEN ? ELSE owner END"),
                 {this->role(), role})
               .has_value()
           && setPulledRevision(0) && setTeams(std::nullopt) && setRole(role);
}

bool SyncJournal::setServer(const QString &identity) const { return setState(kServer, identity); }

QString SyncJournal::server() const { return state(kServer); }

bool SyncJournal::setTeams(const std::optional<QStringList> &teams) const
{
    if (!teams)
        return query(m_db, QStringLiteral("DELETE FROM sync_state WHERE name = ?"), {kTeams}).has_value();
    return setState(
        kTeams, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*teams)).toJson(QJsonDocument::Compact)));
}

std::optional<QStringList> SyncJournal::teams() const
{
    const QString noted = state(kTeams);
    if (noted.isEmpty())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &team : QJsonDocument::fromJson(noted.toUtf8()).array())
        out << team.toString();
    return out;
}

QStringList SyncJournal::unsyncedOwn() const
{
    QStringList out;
    auto q = query(m_db,
                   QStringLiteral("SELECT item FROM sync_items s WHERE revision = 0 AND owner = ?"
                                  " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.item = s.item)"
                                  " AND (EXISTS (SELECT 1 FROM annotations a WHERE a.id = s.item)"
                                  " OR EXISTS (SELECT 1 FROM annotation_replies r WHERE r.id = s.item))"
                                  " ORDER BY item"),
                   {role()});
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

QString SyncJournal::role() const { return state(kRole); }

bool SyncJournal::isSomeoneElses(const QString &item) const
{
    const std::optional<SyncedRevision> known = synced(item);
    const QString mine = role();
    return known && !mine.isEmpty() && known->owner != mine;
}

QVector<OutboxEntry> SyncJournal::waiting(int limit) const
{
    QVector<OutboxEntry> out;
    auto q =
        query(m_db, QStringLiteral("SELECT seq, edit, item, attempted FROM sync_outbox ORDER BY seq LIMIT ?"), {limit});
    while (q && q->next())
        out.append(OutboxEntry{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toBool()});
    return out;
}

int SyncJournal::waitingCount() const
{
    auto q = query(m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"), {});
    return q && q->next() ? q->value(0).toInt() : -1;
}

bool SyncJournal::isWaiting(const QString &item) const
{
    auto q = query(m_db, QStringLiteral("SELECT 1 FROM sync_outbox WHERE item = ?"), {item});
    return q && q->next();
}

QSet<QString> SyncJournal::waitingItems() const
{
    QSet<QString> items;
    auto q = query(m_db, QStringLiteral("SELECT DISTINCT item FROM sync_outbox"), {});
    while (q && q->next())
        items.insert(q->value(0).toString());
    return items;
}

bool SyncJournal::markAttempted(const QString &edit) const
{
    return query(m_db, QStringLiteral("UPDATE sync_outbox SET attempted = 1 WHERE edit = ?"), {edit}).has_value();
}

std::optional<SyncedRevision> SyncJournal::synced(const QString &item) const
{
    auto q = query(m_db, QStringLiteral("SELECT revision, owner FROM sync_items WHERE item = ?"), {item});
    if (!q || !q->next())
        return std::nullopt;
    return SyncedRevision{q->value(0).toLongLong(), q->value(1).toString()};
}

qint64 SyncJournal::pulledRevision() const { return state(kPulled).toLongLong(); }

} // namespace diptych
