#include "annotations/SyncJournal.h"

#include "storage/SqliteDatabase.h"

#include <QSqlQuery>
#include <QUuid>

namespace diptych {

namespace {

const QString kPulled = QStringLiteral("pulled-revision");
const QString kRole = QStringLiteral("role");

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
