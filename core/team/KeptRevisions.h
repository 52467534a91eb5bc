#pragma once

#include "annotations/SyncedChange.h"
#include "team/TeamServer.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace diptych {

class PostgresConnection;
class SqliteAnnotationStore;

// The versions of an annotation or reply that lost a conflict (one author editing it on two
// machines before they synced; the server keeps the losing side, TeamServer::keptRevisions),
// and restoring one. A restore is an ordinary edit by the author in the local store
// (AnnotationEdits::restored, then put, putReply or remove), never a write on the server: it
// goes out through the outbox like any other edit, so every member gets it at the next sync,
// and a restore that itself loses a conflict is kept in turn. Only the author sees the kept
// revisions (row-level security), so only the author can restore one.
class KeptRevisions
{
public:
    KeptRevisions(SqliteAnnotationStore &store, const PostgresConnection &server);

    // The item's kept revisions, newest first; nullopt (error() says why) on a failure.
    std::optional<QVector<KeptRevision>> of(const QString &item) const;
    // The item as restoring that revision would leave it, modified at `at`: the annotation or
    // reply with the revision's content, or its removal when the revision was a deletion.
    // nullopt (error() says why) when there is no such revision or no such item.
    std::optional<SyncedChange> restored(const QString &item, qint64 revision,
                                         const QDateTime &at = Annotation::nowUtc()) const;
    // Makes restored() the item's state in the local store, as an edit (nothing is written
    // when the item already is so); false with error() set on a failure.
    bool restore(const QString &item, qint64 revision);
    // What a revision says, for a listing: the note or reply, else the quoted passage.
    static QString text(const KeptRevision &revision);
    QString error() const { return m_error; }

private:
    // The item as it is now: the local store's, else the server's last version of it.
    std::optional<SyncedChange> current(const QString &item) const;
    bool write(const SyncedChange &change);

    SqliteAnnotationStore &m_store;
    const PostgresConnection &m_server;
    mutable QString m_error;
};

} // namespace diptych
