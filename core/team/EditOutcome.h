#pragma once

#include <QString>

#include <optional>

namespace diptych {

// What the server did with one pushed edit.
struct EditOutcome {
    enum class Kind {
        Applied, // the row is the edit now
        AlreadyApplied, // pushed before (a retry after a lost answer): nothing done twice
        ReplacedStale, // a stale edit, but the later one: applied, the server's row kept as a revision
        KeptNewer, // a stale edit and the older one: the server's row stays, the edit is kept as a revision
        Refused, // another author's row: only its author edits it
    };
    Kind kind = Kind::Applied;
    qint64 revision = 0; // the row's revision after the edit
    QString owner; // the row's author role

    // The server's words ("applied", "already", "replaced-stale", "kept-newer", "refused").
    static std::optional<Kind> kindFromName(const QString &name);
    // True when the row on the server is not what the client pushed.
    bool serverRowDiffers() const { return kind == Kind::KeptNewer || kind == Kind::Refused; }
};

} // namespace diptych
