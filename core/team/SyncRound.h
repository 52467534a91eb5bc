#pragma once

#include <QString>

namespace diptych {

// What one push-and-pull round with the team server did.
struct SyncRound {
    bool completed = false; // false: the server could not be reached or failed (error says)
    int pushed = 0; // edits the server took (stale ones included)
    int pulled = 0; // changes of others taken into the local store
    int left = 0; // others' items of teams the user is no longer in, removed from the local store
    int waiting = 0; // edits still in the outbox afterwards
    int refused = 0; // edits of another author's annotation, undone by the server's version
    int conflicts = 0; // stale edits that lost to a later one (kept on the server as a revision)
    QString error;
};

} // namespace diptych
