#include "team/EditOutcome.h"

namespace diptych {

namespace {

struct KindName {
    EditOutcome::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {EditOutcome::Kind::Applied, "applied"},
    {EditOutcome::Kind::AlreadyApplied, "already"},
    {EditOutcome::Kind::ReplacedStale, "replaced-stale"},
    {EditOutcome::Kind::KeptNewer, "kept-newer"},
    {EditOutcome::Kind::Refused, "refused"},
};

} // namespace

std::optional<EditOutcome::Kind> EditOutcome::kindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace diptych
