// annotations note / tag / color / share / remove: one edit of one stored annotation, by id. What an
// edit means (a note keeps its kind, tags normalised, modified stamped) is AnnotationEdits',
// the same rules the desktop program's undo commands follow.
#include "CliCommands.h"

#include "AnnotationStoreOpener.h"

#include "annotations/AnnotationEdits.h"

#include <QTextStream>

namespace diptych::cli {

namespace {

const QStringList kEdits{QStringLiteral("note"), QStringLiteral("tag"), QStringLiteral("color"),
                         QStringLiteral("share"), QStringLiteral("remove")};

// The annotation as the edit named by sub leaves it (a colour was checked before).
Annotation edited(const QString &sub, const Annotation &a, const QString &value)
{
    if (sub == QLatin1String("note"))
        return AnnotationEdits::withNote(a, value);
    if (sub == QLatin1String("tag"))
        return AnnotationEdits::withTags(a, AnnotationEdits::parseTags(value));
    if (sub == QLatin1String("share")) {
        const auto [sharing, team] = AnnotationEdits::parseSharing(value);
        return AnnotationEdits::sharedWith(a, sharing, team);
    }
    return AnnotationEdits::recoloured(a, QColor::fromString(value));
}

bool isBadColor(const ParsedArguments &parsed)
{
    return parsed.sub() == QLatin1String("color") && !QColor::fromString(parsed.operands[1]).isValid();
}

// One line on what the store holds now, so a script sees the normalised tags or the kind kept.
QString described(const QString &sub, const Annotation &a)
{
    if (sub == QLatin1String("note"))
        return QStringLiteral("note of %1 chars").arg(a.note.size());
    if (sub == QLatin1String("tag"))
        return QStringLiteral("tags ") + a.tags.join(QLatin1Char(','));
    if (sub == QLatin1String("share")) {
        if (a.sharing == AnnotationSharing::Private)
            return QStringLiteral("private");
        return a.team.isEmpty() ? QStringLiteral("shared with the team you sync with")
                                : QStringLiteral("shared with ") + a.team;
    }
    return QStringLiteral("colour %1, %2").arg(a.color.name(), annotationKindName(a.kind));
}

int remove(SqliteAnnotationStore &store, const QString &id, QTextStream &out, QTextStream &err)
{
    if (!store.remove(id)) {
        err << "diptych-cli: cannot delete " << id << ": " << store.error() << '\n';
        return 1;
    }
    out << id << ": removed\n";
    return 0;
}

// Teammates may have a note that reached the server shared: it is not taken back from them.
bool mayReshare(SqliteAnnotationStore &store, const Annotation &a, const QString &value, QTextStream &err)
{
    const auto [sharing, team] = AnnotationEdits::parseSharing(value);
    if (AnnotationEdits::canReshare(a, store.journal().synced(a.id).has_value(), sharing, team))
        return true;
    err << "diptych-cli: " << a.id << " is already shared with "
        << (a.team.isEmpty() ? QStringLiteral("your team") : a.team)
        << ", whose members may have it; remove it instead (annotations remove)\n";
    return false;
}

int change(SqliteAnnotationStore &store, const ParsedArguments &parsed, const Annotation &before, QTextStream &out,
           QTextStream &err)
{
    const QString sub = parsed.sub();
    const Annotation after = edited(sub, before, parsed.operands[1]);
    if (after == before) {
        out << before.id << ": unchanged, " << described(sub, before) << '\n';
        return 0;
    }
    if (!store.put(after)) {
        err << "diptych-cli: cannot store " << before.id << ": " << store.error() << '\n';
        return 1;
    }
    out << before.id << ": " << described(sub, after) << '\n';
    return 0;
}

} // namespace

bool isAnnotationEdit(const QString &sub) { return kEdits.contains(sub); }

int editAnnotation(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (isBadColor(parsed)) {
        err << "diptych-cli: '" << parsed.operands[1] << "' is not a colour (#rrggbb or a name such as yellow)\n";
        return 2;
    }
    auto store = openAnnotationStore(parsed.value("--store"), err);
    if (!store)
        return 1;
    const QString id = parsed.operands[0];
    const std::optional<Annotation> found = store->byId(id);
    if (!found) {
        err << "diptych-cli: no annotation with id " << id << " in " << store->databasePath() << '\n';
        return 1;
    }
    // The server would refuse it too; saying so here keeps the user's words from vanishing.
    if (store->journal().isSomeoneElses(id)) {
        err << "diptych-cli: " << id << " is " << found->author
            << "'s annotation: only its author edits it (annotations reply adds a reply)\n";
        return 1;
    }
    if (parsed.sub() == QLatin1String("remove"))
        return remove(*store, id, out, err);
    if (parsed.sub() == QLatin1String("share") && !mayReshare(*store, *found, parsed.operands[1], err))
        return 1;
    return change(*store, parsed, *found, out, err);
}

} // namespace diptych::cli
