#include "annotations/SqliteAnnotationStore.h"

#include "annotations/PageAreaJson.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace diptych {

namespace {

// Each step takes the annotations schema from version i to i + 1; never edit a released
// step, add one.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {
        {QStringLiteral("CREATE TABLE annotations ("
                        " id TEXT PRIMARY KEY,"
                        " document TEXT NOT NULL,"
                        " kind TEXT NOT NULL,"
                        " color TEXT NOT NULL,"
                        " author TEXT NOT NULL DEFAULT '',"
                        " created TEXT NOT NULL,"
                        " modified TEXT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '',"
                        " quote_exact TEXT NOT NULL DEFAULT '',"
                        " quote_prefix TEXT NOT NULL DEFAULT '',"
                        " quote_suffix TEXT NOT NULL DEFAULT '',"
                        " position_start INTEGER NOT NULL DEFAULT -1,"
                        " position_end INTEGER NOT NULL DEFAULT -1,"
                        " areas TEXT NOT NULL DEFAULT '[]')"),
         QStringLiteral("CREATE INDEX annotations_document ON annotations(document)"),
         QStringLiteral("CREATE TABLE annotation_tags ("
                        " annotation TEXT NOT NULL,"
                        " position INTEGER NOT NULL,"
                        " tag TEXT NOT NULL,"
                        " PRIMARY KEY (annotation, position))"),
         QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag)")},
        // Teams: sharing, replies and the outbox of edits not yet on the team server. The
        // annotations already here wait in the outbox too, so a first sync takes them along.
        {QStringLiteral("ALTER TABLE annotations ADD COLUMN official_id TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE annotations ADD COLUMN sharing TEXT NOT NULL DEFAULT 'team'"),
         QStringLiteral("ALTER TABLE annotations ADD COLUMN team TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE TABLE annotation_replies ("
                        " id TEXT PRIMARY KEY,"
                        " annotation TEXT NOT NULL,"
                        " author TEXT NOT NULL DEFAULT '',"
                        " created TEXT NOT NULL,"
                        " modified TEXT NOT NULL,"
                        " text TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX annotation_replies_annotation ON annotation_replies(annotation)"),
         QStringLiteral("CREATE TABLE sync_outbox ("
                        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " edit TEXT NOT NULL UNIQUE,"
                        " item TEXT NOT NULL,"
                        " attempted INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX sync_outbox_item ON sync_outbox(item)"),
         QStringLiteral("CREATE TABLE sync_items (item TEXT PRIMARY KEY, revision INTEGER NOT NULL,"
                        " owner TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO sync_outbox (edit, item)"
                        " SELECT lower(hex(randomblob(16))), id FROM annotations ORDER BY created, id")},
    };
    return steps;
}

// Qt binds a null QString as SQL NULL; the columns hold empty text instead.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QString iso(const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); }

Annotation fromRecord(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toString();
    a.documentHash = q.value(1).toString();
    a.kind = annotationKindFromName(q.value(2).toString()).value_or(AnnotationKind::Highlight);
    a.color = QColor(q.value(3).toString());
    a.author = q.value(4).toString();
    a.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    a.modified = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.note = q.value(7).toString();
    a.quote = TextQuoteSelector{q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
    a.position = TextPositionSelector{q.value(11).toInt(), q.value(12).toInt()};
    a.areas = PageAreaJson::fromJson(QJsonDocument::fromJson(q.value(13).toByteArray()).array());
    a.officialId = q.value(14).toString();
    a.sharing = annotationSharingFromName(q.value(15).toString()).value_or(AnnotationSharing::Team);
    a.team = q.value(16).toString();
    return a;
}

const QString kColumns =
    QStringLiteral("id, document, kind, color, author, created, modified, note, quote_exact, quote_prefix,"
                   " quote_suffix, position_start, position_end, areas, official_id, sharing, team");

const QString kReplyColumns = QStringLiteral("id, annotation, author, created, modified, text");

AnnotationReply replyFromRecord(const QSqlQuery &q)
{
    AnnotationReply r;
    r.id = q.value(0).toString();
    r.annotation = q.value(1).toString();
    r.author = q.value(2).toString();
    r.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    r.modified = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    r.text = q.value(5).toString();
    return r;
}

} // namespace

SqliteAnnotationStore::SqliteAnnotationStore(const QString &databasePath)
    : m_db(databasePath.isEmpty() ? LibraryStore::defaultDatabasePath() : databasePath,
           QStringLiteral("annotation database"))
{
}

SqliteAnnotationStore::~SqliteAnnotationStore() = default;

int SqliteAnnotationStore::currentSchemaVersion() { return migrations().size(); }

bool SqliteAnnotationStore::open()
{
    if (!m_db.open(/*fullSync=*/true))
        return false;
    const QString notice = m_db.error();
    if (!m_db.migrate(component(), migrations()))
        return false;
    m_db.setError(notice);
    return true;
}

bool SqliteAnnotationStore::isOpen() const { return m_db.isOpen(); }

int SqliteAnnotationStore::schemaVersion() const { return m_db.version(component()); }

bool SqliteAnnotationStore::write(const Annotation &a) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO annotations (") + kColumns
              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT(id) DO UPDATE SET document = excluded.document,"
                               " kind = excluded.kind, color = excluded.color, author = excluded.author,"
                               " created = excluded.created, modified = excluded.modified,"
                               " note = excluded.note, quote_exact = excluded.quote_exact,"
                               " quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix,"
                               " position_start = excluded.position_start,"
                               " position_end = excluded.position_end, areas = excluded.areas,"
                               " official_id = excluded.official_id, sharing = excluded.sharing,"
                               " team = excluded.team"));
    for (const QVariant &v :
         QVariantList{a.id, text(a.documentHash), annotationKindName(a.kind), a.color.name(), text(a.author),
                      iso(a.created), iso(a.modified), text(a.note), text(a.quote.exact), text(a.quote.prefix),
                      text(a.quote.suffix), a.position.start, a.position.end,
                      QJsonDocument(PageAreaJson::toJson(a.areas)).toJson(QJsonDocument::Compact), text(a.officialId),
                      annotationSharingName(a.sharing), text(a.team)})
        q.addBindValue(v);
    QSqlQuery deleteTags(m_db.handle());
    deleteTags.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation = ?"));
    deleteTags.addBindValue(a.id);
    if (!q.exec() || !deleteTags.exec()) {
        m_db.setError(SqliteDatabase::describe(q.lastError().isValid() ? q.lastError() : deleteTags.lastError()));
        return false;
    }
    for (int i = 0; i < a.tags.size(); ++i) {
        QSqlQuery tag(m_db.handle());
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation, position, tag) VALUES (?, ?, ?)"));
        tag.addBindValue(a.id);
        tag.addBindValue(i);
        tag.addBindValue(text(a.tags[i]));
        if (!tag.exec()) {
            m_db.setError(SqliteDatabase::describe(tag.lastError()));
            return false;
        }
    }
    return true;
}

bool SqliteAnnotationStore::put(const Annotation &annotation) { return putAll({annotation}); }

bool SqliteAnnotationStore::putAll(const QVector<Annotation> &annotations)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    for (const Annotation &a : annotations) {
        if (a.id.isEmpty())
            return m_db.rollBackWith(QStringLiteral("An annotation without an id cannot be stored"));
        if (!write(a) || !journal().enqueue(a.id))
            return m_db.rollBackWith(m_db.error());
    }
    return m_db.commit();
}

bool SqliteAnnotationStore::writeReply(const AnnotationReply &r) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO annotation_replies (") + kReplyColumns
              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"));
    return m_db.run(q, {r.id, text(r.annotation), text(r.author), iso(r.created), iso(r.modified), text(r.text)});
}

bool SqliteAnnotationStore::putReply(const AnnotationReply &reply)
{
    m_db.setError(QString());
    if (reply.id.isEmpty() || reply.annotation.isEmpty()) {
        m_db.setError(QStringLiteral("A reply needs an id and the annotation it answers"));
        return false;
    }
    if (!m_db.begin())
        return false;
    if (!writeReply(reply) || !journal().enqueue(reply.id))
        return m_db.rollBackWith(m_db.error());
    return m_db.commit();
}

QVector<AnnotationReply> SqliteAnnotationStore::selectReplies(const QString &where, const QVariantList &values) const
{
    QVector<AnnotationReply> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") + kReplyColumns + QStringLiteral(" FROM annotation_replies") + where
              + QStringLiteral(" ORDER BY annotation, created, id"));
    if (!m_db.run(q, values))
        return out;
    while (q.next())
        out.append(replyFromRecord(q));
    return out;
}

QVector<AnnotationReply> SqliteAnnotationStore::replies(const QString &annotationId) const
{
    return selectReplies(QStringLiteral(" WHERE annotation = ?"), {annotationId});
}

QVector<AnnotationReply> SqliteAnnotationStore::allReplies() const { return selectReplies(QString(), {}); }

std::optional<AnnotationReply> SqliteAnnotationStore::replyById(const QString &id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") + kReplyColumns + QStringLiteral(" FROM annotation_replies WHERE id = ?"));
    if (!m_db.run(q, {id}) || !q.next())
        return std::nullopt;
    return replyFromRecord(q);
}

bool SqliteAnnotationStore::erase(const QString &id) const
{
    for (const QString &table :
         {QStringLiteral("annotation_tags WHERE annotation"), QStringLiteral("annotations WHERE id"),
          QStringLiteral("annotation_replies WHERE id")}) {
        QSqlQuery q(m_db.handle());
        q.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" = ?"));
        if (!m_db.run(q, {id}))
            return false;
    }
    return true;
}

bool SqliteAnnotationStore::remove(const QString &id)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    if (!erase(id) || !journal().enqueue(id))
        return m_db.rollBackWith(m_db.error());
    return m_db.commit();
}

std::optional<bool> SqliteAnnotationStore::takeIn(const SyncedChange &change, bool evenIfKnown,
                                                  const QSet<QString> &waiting) const
{
    if (waiting.contains(change.item))
        return false; // the push decides
    if (!evenIfKnown) {
        const std::optional<SyncedRevision> known = journal().synced(change.item);
        if (known && known->revision >= change.revision)
            return false; // this client wrote it
    }
    bool written = false;
    switch (change.kind) {
    case SyncedChange::Kind::Annotation: written = write(change.annotation); break;
    case SyncedChange::Kind::Reply: written = writeReply(change.reply); break;
    case SyncedChange::Kind::Removal: written = erase(change.item); break;
    }
    if (!written || !journal().record(change.item, change.revision, change.owner))
        return std::nullopt;
    return true;
}

int SqliteAnnotationStore::applySynced(const QVector<SyncedChange> &changes, qint64 pulledRevision)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return -1;
    const QSet<QString> waiting = journal().waitingItems();
    int taken = 0;
    for (const SyncedChange &change : changes) {
        const std::optional<bool> took = takeIn(change, false, waiting);
        if (!took) {
            m_db.rollBackWith(m_db.error());
            return -1;
        }
        taken += *took ? 1 : 0;
    }
    if (pulledRevision > 0 && !journal().setPulledRevision(pulledRevision)) {
        m_db.rollBackWith(m_db.error());
        return -1;
    }
    return m_db.commit() ? taken : -1;
}

bool SqliteAnnotationStore::recordPushed(const OutboxEntry &entry, qint64 revision, const QString &owner,
                                         const QString &team)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    QSqlQuery named(m_db.handle());
    named.prepare(QStringLiteral("UPDATE annotations SET team = ? WHERE id = ? AND team = '' AND sharing = 'team'"));
    if (!journal().remove(entry.edit) || !journal().record(entry.item, revision, owner)
        || !m_db.run(named, {text(team), entry.item}))
        return m_db.rollBackWith(m_db.error());
    return m_db.commit();
}

bool SqliteAnnotationStore::replaceWithServers(const OutboxEntry &entry, const SyncedChange &change)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    if (!journal().remove(entry.edit) || !takeIn(change, true, journal().waitingItems()))
        return m_db.rollBackWith(m_db.error());
    return m_db.commit();
}

bool SqliteAnnotationStore::dropWaiting(const OutboxEntry &entry)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    if (!journal().remove(entry.edit))
        return m_db.rollBackWith(m_db.error());
    return m_db.commit();
}

bool SqliteAnnotationStore::startOver(const QString &server, const QString &role)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    if (!journal().startOver(role) || !journal().setServer(server))
        return m_db.rollBackWith(m_db.error());
    return m_db.commit();
}

int SqliteAnnotationStore::leaveTeam(const QString &team, const QString &role)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return -1;
    const std::optional<QStringList> items = journal().othersItemsOfTeam(team, role);
    bool ok = items.has_value();
    for (int i = 0; ok && i < items->size(); ++i)
        ok = erase(items->at(i)) && journal().forget(items->at(i));
    if (!ok) {
        m_db.rollBackWith(m_db.error());
        return -1;
    }
    return m_db.commit() ? int(items->size()) : -1;
}

bool SqliteAnnotationStore::offer(const QStringList &items)
{
    m_db.setError(QString());
    if (!m_db.begin())
        return false;
    for (const QString &item : items) {
        if (!journal().enqueue(item))
            return m_db.rollBackWith(m_db.error());
    }
    return m_db.commit();
}

QVector<Annotation> SqliteAnnotationStore::select(const QString &where, const QString &value) const
{
    m_db.setError(QString());
    QVector<Annotation> out;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where + QStringLiteral(" = ?");
    // One read transaction: annotations and their tags from the same snapshot.
    m_db.exec(QStringLiteral("BEGIN"));
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM annotations") + filter
              + QStringLiteral(" ORDER BY created, id"));
    if (!where.isEmpty())
        q.addBindValue(value);
    QSqlQuery tags(m_db.handle());
    tags.prepare(QStringLiteral("SELECT annotation, tag FROM annotation_tags WHERE annotation IN"
                                " (SELECT id FROM annotations")
                 + filter + QStringLiteral(") ORDER BY annotation, position"));
    if (!where.isEmpty())
        tags.addBindValue(value);
    if (!q.exec() || !tags.exec()) {
        const QString reason = SqliteDatabase::describe(q.lastError().isValid() ? q.lastError() : tags.lastError());
        q.finish();
        tags.finish();
        m_db.rollBackWith(reason);
        return out;
    }
    QHash<QString, QStringList> tagsOf;
    while (tags.next())
        tagsOf[tags.value(0).toString()].append(tags.value(1).toString());
    while (q.next()) {
        Annotation a = fromRecord(q);
        a.tags = tagsOf.value(a.id);
        out.append(a);
    }
    q.finish();
    tags.finish();
    m_db.exec(QStringLiteral("COMMIT"));
    return out;
}

std::optional<Annotation> SqliteAnnotationStore::byId(const QString &id) const
{
    const QVector<Annotation> found = select(QStringLiteral("id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
}

QVector<Annotation> SqliteAnnotationStore::byDocument(const QString &documentHash) const
{
    return select(QStringLiteral("document"), documentHash);
}

QVector<Annotation> SqliteAnnotationStore::all() const { return select(QString(), QString()); }

int SqliteAnnotationStore::count() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM annotations")) || !q.next()) {
        m_db.setError(SqliteDatabase::describe(q.lastError()));
        return -1;
    }
    return q.value(0).toInt();
}

bool SqliteAnnotationStore::isOnTeamServer(const QString &id) const { return journal().synced(id).has_value(); }

} // namespace diptych
