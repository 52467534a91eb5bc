#pragma once

#include "annotations/SyncedChange.h"
#include "team/ServerItem.h"

#include <optional>

namespace diptych {

class SqliteAnnotationStore;

// Between the local store's items and the team server's rows: the one place that decides
// which columns an annotation or a reply fills on the server and how a row comes back.
class ServerItemMapping
{
public:
    // The row an outbox entry sends, from the item as the store holds it now: the item, its
    // deletion (gone locally but known to the server), or nullopt when there is nothing to
    // send (gone locally and never on the server). chosenTeam: where "the chosen team" goes.
    static std::optional<ServerItem> outgoing(const SqliteAnnotationStore &store, const QString &itemId,
                                              const QString &chosenTeam);
    static SyncedChange incoming(const ServerItem &row);
};

} // namespace diptych
