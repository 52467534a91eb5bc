#include "team/ServerItemMapping.h"

#include "annotations/SqliteAnnotationStore.h"
#include "annotations/WebAnnotationJson.h"

namespace diptych {

namespace {

QString teamOf(const Annotation &a, const QString &chosenTeam)
{
    if (a.sharing == AnnotationSharing::Private)
        return QString();
    return a.team.isEmpty() ? chosenTeam : a.team;
}

ServerItem annotationRow(const Annotation &a, const QString &chosenTeam)
{
    ServerItem row;
    row.id = a.id;
    row.team = teamOf(a, chosenTeam);
    row.document = a.documentHash;
    row.officialId = a.officialId;
    row.modified = a.modified;
    row.body = WebAnnotationJson::toJson(a);
    return row;
}

// A reply is seen by whoever sees its annotation.
ServerItem replyRow(const SqliteAnnotationStore &store, const AnnotationReply &r, const QString &chosenTeam)
{
    ServerItem row;
    row.id = r.id;
    row.replyTo = r.annotation;
    row.team = chosenTeam;
    if (const std::optional<Annotation> answered = store.byId(r.annotation)) {
        row.team = teamOf(*answered, chosenTeam);
        row.document = answered->documentHash;
        row.officialId = answered->officialId;
    }
    row.modified = r.modified;
    row.body = r.toJson();
    return row;
}

} // namespace

std::optional<ServerItem> ServerItemMapping::outgoing(const SqliteAnnotationStore &store, const QString &itemId,
                                                      const QString &chosenTeam)
{
    if (const std::optional<Annotation> a = store.byId(itemId))
        return annotationRow(*a, chosenTeam);
    if (const std::optional<AnnotationReply> r = store.replyById(itemId))
        return replyRow(store, *r, chosenTeam);
    if (!store.journal().synced(itemId))
        return std::nullopt;
    ServerItem deletion;
    deletion.id = itemId;
    deletion.deleted = true;
    deletion.modified = Annotation::nowUtc();
    return deletion;
}

SyncedChange ServerItemMapping::incoming(const ServerItem &row)
{
    SyncedChange change;
    change.item = row.id;
    change.revision = row.revision;
    change.owner = row.owner;
    const std::optional<AnnotationReply> reply =
        row.isReply() ? AnnotationReply::fromJson(row.id, row.replyTo, row.body) : std::nullopt;
    const std::optional<Annotation> annotation = row.isReply() ? std::nullopt : WebAnnotationJson::fromJson(row.body);
    if (row.deleted || (!reply && !annotation)) {
        change.kind = SyncedChange::Kind::Removal;
    } else if (reply) {
        change.kind = SyncedChange::Kind::Reply;
        change.reply = *reply;
    } else {
        change.kind = SyncedChange::Kind::Annotation;
        change.annotation = *annotation;
        change.annotation.id = row.id;
        change.annotation.documentHash = row.document;
        change.annotation.officialId = row.officialId;
        change.annotation.team = row.team;
        change.annotation.sharing = row.team.isEmpty() ? AnnotationSharing::Private : AnnotationSharing::Team;
    }
    return change;
}

} // namespace diptych
