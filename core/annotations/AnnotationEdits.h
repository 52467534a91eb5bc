#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationReply.h"

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace diptych {

// What each edit of an annotation means, as pure functions over Annotation values: the rules
// the desktop program's undo commands and diptych-cli share, so an edit made on the command
// line is the same edit as one made in the window.
//
// Each function returns the annotation as the edit leaves it, with modified set to `at`; an
// edit that changes nothing returns the annotation untouched, modified included, so callers
// can tell a real edit (the result differs) from none and leave no empty undo step.
class AnnotationEdits
{
public:
    // A new colour. A highlight, underline or strike-out may become one of the others at the
    // same time; a note keeps its kind (a page note has no text to underline, and a highlight
    // note would lose its note from the marks a reader switches between).
    static Annotation recoloured(const Annotation &annotation, const QColor &color, AnnotationKind kind,
                                 const QDateTime &at = Annotation::nowUtc());
    static Annotation recoloured(const Annotation &annotation, const QColor &color,
                                 const QDateTime &at = Annotation::nowUtc());
    // Another kind of mark with that kind's own colour: a highlight's yellow makes a pale line.
    static Annotation withKind(const Annotation &annotation, AnnotationKind kind,
                               const QDateTime &at = Annotation::nowUtc());
    // The note exactly as typed: spaces and line breaks are the writer's.
    static Annotation withNote(const Annotation &annotation, const QString &text,
                               const QDateTime &at = Annotation::nowUtc());
    // The whole tag list, normalised().
    static Annotation withTags(const Annotation &annotation, const QStringList &tags,
                               const QDateTime &at = Annotation::nowUtc());

    // A reply to the annotation, by the default author, created and modified at `at`; the text
    // exactly as typed, like a note. Nothing (no reply) when the text is blank: an empty
    // answer in a teammate's thread says nothing. Whose annotation it is does not matter:
    // everyone may answer, the author too.
    static std::optional<AnnotationReply> reply(const Annotation &annotation, const QString &text,
                                                const QDateTime &at = Annotation::nowUtc());
    // A reply's new text, as typed, with modified set to `at`. Blank text or the same text is
    // no edit: the reply comes back untouched (deleting is a removal, not an empty reply).
    static AnnotationReply withText(const AnnotationReply &reply, const QString &text,
                                    const QDateTime &at = Annotation::nowUtc());
    // Who sees it on the team server: Private (the author alone) or Team with a team's name
    // (empty: the team the author syncs with). Private clears the team.
    static Annotation sharedWith(const Annotation &annotation, AnnotationSharing sharing, const QString &team,
                                 const QDateTime &at = Annotation::nowUtc());
    // "private", "team" (the team one syncs with) or a team's name, as typed.
    static std::pair<AnnotationSharing, QString> parseSharing(const QString &typed);
    // Whether the sharing may still change: a note that teammates may have (it reached the
    // server shared with a team) cannot be taken back by making it private or moving it to
    // another team; its author removes it instead.
    static bool canReshare(const Annotation &annotation, bool onServer, AnnotationSharing sharing, const QString &team);
    // An earlier version's content back (a revision the team server kept): its kind, colour,
    // note, tags and place in the letter. The annotation stays the same one: id, letter,
    // author, created, sharing and team are as they are now.
    static Annotation restored(const Annotation &annotation, const Annotation &earlier,
                               const QDateTime &at = Annotation::nowUtc());

    // Tags as typed in one field, comma-separated: "NAVO, oekraïne ,, NAVO" -> {"NAVO", "oekraïne"}.
    static QStringList parseTags(const QString &typed);
    // Each tag simplified (trimmed, inner runs of spaces made one), empty ones dropped, and
    // each kept once case-insensitively in the order given: the first spelling wins, so a tag
    // filter never shows "DIP" and "dip" as two tags.
    static QStringList normalisedTags(const QStringList &tags);

    // The kind an annotation gets when `wanted` is asked for (notes keep theirs).
    static AnnotationKind kindAfterChange(const Annotation &annotation, AnnotationKind wanted);

private:
    static Annotation stamped(const Annotation &before, Annotation after, const QDateTime &at);
};

} // namespace diptych
