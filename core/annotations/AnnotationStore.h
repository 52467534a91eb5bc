#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationReply.h"

#include <QString>
#include <QVector>

#include <optional>

namespace diptych {

// Where annotations live. Every call that changes something is one edit, durable when it
// returns true: there is no "save". The embedded store is SqliteAnnotationStore; a shared
// server store (PostgreSQL) can implement the same interface without the UI noticing, so
// nothing here is specific to one database.
class AnnotationStore
{
public:
    virtual ~AnnotationStore() = default;

    // Inserts or replaces the annotation with this id.
    virtual bool put(const Annotation &annotation) = 0;
    // Several annotations as one edit (an import): all of them or none.
    virtual bool putAll(const QVector<Annotation> &annotations) = 0;
    // True also when there was no such annotation.
    virtual bool remove(const QString &id) = 0;

    virtual std::optional<Annotation> byId(const QString &id) const = 0;
    // The annotations of one document (by content hash), oldest first.
    virtual QVector<Annotation> byDocument(const QString &documentHash) const = 0;
    virtual QVector<Annotation> all() const = 0;
    virtual int count() const = 0;

    // Inserts or replaces a reply to an annotation (removed with remove(reply.id)).
    virtual bool putReply(const AnnotationReply &reply) = 0;
    // The replies to one annotation, oldest first.
    virtual QVector<AnnotationReply> replies(const QString &annotationId) const = 0;
    // Every reply in the store, each annotation's oldest first (one read for a whole library).
    virtual QVector<AnnotationReply> allReplies() const = 0;

    // Only an item's author changes or removes it, others reply: true when the team server
    // says someone else wrote this annotation or reply. Without a team everything is one's own.
    virtual bool isSomeoneElses(const QString &itemId) const = 0;

    // Whether the annotation reached a team server (teammates may have it); a store that
    // never syncs says no.
    virtual bool isOnTeamServer(const QString &id) const
    {
        Q_UNUSED(id);
        return false;
    }

    // The last failure, in plain words; empty when the last call succeeded.
    virtual QString error() const = 0;
};

} // namespace diptych
