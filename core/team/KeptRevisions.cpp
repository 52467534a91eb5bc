#include "team/KeptRevisions.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/SqliteAnnotationStore.h"
#include "annotations/WebAnnotationJson.h"
#include "team/ServerItemMapping.h"

#include <algorithm>

namespace diptych {

KeptRevisions::KeptRevisions(SqliteAnnotationStore &store, const PostgresConnection &server)
    : m_store(store), m_server(server)
{
}

std::optional<QVector<KeptRevision>> KeptRevisions::of(const QString &item) const
{
    const TeamServer server(m_server);
    const auto kept = server.keptRevisions(item);
    if (!kept)
        m_error = server.error();
    return kept;
}

std::optional<SyncedChange> KeptRevisions::current(const QString &item) const
{
    SyncedChange change;
    change.item = item;
    if (const std::optional<Annotation> a = m_store.byId(item)) {
        change.annotation = *a;
        return change;
    }
    if (const std::optional<AnnotationReply> r = m_store.replyById(item)) {
        change.kind = SyncedChange::Kind::Reply;
        change.reply = *r;
        return change;
    }
    // Deleted here: a deletion keeps the rest of the server's row, body included.
    std::optional<ServerItem> row = TeamServer(m_server).item(item);
    if (!row)
        return std::nullopt;
    row->deleted = false;
    change = ServerItemMapping::incoming(*row);
    if (change.kind == SyncedChange::Kind::Removal)
        return std::nullopt;
    return change;
}

std::optional<SyncedChange> KeptRevisions::restored(const QString &item, qint64 revision, const QDateTime &at) const
{
    const std::optional<QVector<KeptRevision>> kept = of(item);
    if (!kept)
        return std::nullopt;
    const auto found =
        std::find_if(kept->cbegin(), kept->cend(), [revision](const KeptRevision &k) { return k.id == revision; });
    if (found == kept->cend()) {
        m_error = QStringLiteral("%1 has no kept revision %2 (only its author sees them)").arg(item).arg(revision);
        return std::nullopt;
    }
    std::optional<SyncedChange> change = current(item);
    if (!change) {
        m_error = QStringLiteral("no annotation or reply %1 here or on the server").arg(item);
        return std::nullopt;
    }
    if (found->item.deleted) {
        change->kind = SyncedChange::Kind::Removal;
        return change;
    }
    ServerItem earlier = found->item;
    earlier.replyTo = change->kind == SyncedChange::Kind::Reply ? change->reply.annotation : QString();
    const SyncedChange then = ServerItemMapping::incoming(earlier);
    if (then.kind != change->kind) {
        m_error = QStringLiteral("kept revision %1 of %2 cannot be read").arg(revision).arg(item);
        return std::nullopt;
    }
    if (change->kind == SyncedChange::Kind::Annotation) {
        change->annotation = AnnotationEdits::restored(change->annotation, then.annotation, at);
    } else if (change->reply.text != then.reply.text) {
        change->reply.text = then.reply.text;
        change->reply.modified = at;
    }
    return change;
}

bool KeptRevisions::write(const SyncedChange &change)
{
    bool written = false;
    switch (change.kind) {
    case SyncedChange::Kind::Annotation: {
        const std::optional<Annotation> now = m_store.byId(change.item);
        written = (now && *now == change.annotation) || m_store.put(change.annotation);
        break;
    }
    case SyncedChange::Kind::Reply: {
        const std::optional<AnnotationReply> now = m_store.replyById(change.item);
        written = (now && *now == change.reply) || m_store.putReply(change.reply);
        break;
    }
    case SyncedChange::Kind::Removal:
        written = (!m_store.byId(change.item) && !m_store.replyById(change.item)) || m_store.remove(change.item);
        break;
    }
    if (!written)
        m_error = m_store.error();
    return written;
}

bool KeptRevisions::restore(const QString &item, qint64 revision)
{
    const std::optional<SyncedChange> change = restored(item, revision);
    return change && write(*change);
}

QString KeptRevisions::text(const KeptRevision &revision)
{
    const QJsonObject &body = revision.item.body;
    if (body.value(QStringLiteral("text")).isString())
        return body.value(QStringLiteral("text")).toString(); // a reply
    const std::optional<Annotation> a = WebAnnotationJson::fromJson(body);
    if (!a)
        return QString();
    return a->note.isEmpty() ? a->quote.exact : a->note;
}

} // namespace diptych
