#include "annotations/AnnotationEdits.h"

namespace diptych {

Annotation AnnotationEdits::stamped(const Annotation &before, Annotation after, const QDateTime &at)
{
    if (after == before)
        return before; // no edit: modified says when the annotation last really changed
    after.modified = at;
    return after;
}

AnnotationKind AnnotationEdits::kindAfterChange(const Annotation &annotation, AnnotationKind wanted)
{
    return annotation.isNote() ? annotation.kind : wanted;
}

Annotation AnnotationEdits::recoloured(const Annotation &annotation, const QColor &color, AnnotationKind kind,
                                       const QDateTime &at)
{
    Annotation after = annotation;
    after.color = color;
    after.kind = kindAfterChange(annotation, kind);
    return stamped(annotation, after, at);
}

Annotation AnnotationEdits::recoloured(const Annotation &annotation, const QColor &color, const QDateTime &at)
{
    return recoloured(annotation, color, annotation.kind, at);
}

Annotation AnnotationEdits::withKind(const Annotation &annotation, AnnotationKind kind, const QDateTime &at)
{
    if (kindAfterChange(annotation, kind) == annotation.kind)
        return annotation; // a note asked to become an underline, or the kind it has: no edit
    return recoloured(annotation, Annotation::defaultColor(kind), kind, at);
}

Annotation AnnotationEdits::withNote(const Annotation &annotation, const QString &text, const QDateTime &at)
{
    Annotation after = annotation;
    after.note = text;
    return stamped(annotation, after, at);
}

Annotation AnnotationEdits::withTags(const Annotation &annotation, const QStringList &tags, const QDateTime &at)
{
    Annotation after = annotation;
    after.tags = normalisedTags(tags);
    return stamped(annotation, after, at);
}

std::optional<AnnotationReply> AnnotationEdits::reply(const Annotation &annotation, const QString &text,
                                                      const QDateTime &at)
{
    if (annotation.id.isEmpty() || text.trimmed().isEmpty())
        return std::nullopt;
    AnnotationReply r = AnnotationReply::create(annotation.id, text);
    r.created = r.modified = at;
    return r;
}

AnnotationReply AnnotationEdits::withText(const AnnotationReply &reply, const QString &text, const QDateTime &at)
{
    if (text.trimmed().isEmpty() || text == reply.text)
        return reply;
    AnnotationReply after = reply;
    after.text = text;
    after.modified = at;
    return after;
}

Annotation AnnotationEdits::sharedWith(const Annotation &annotation, AnnotationSharing sharing, const QString &team,
                                       const QDateTime &at)
{
    Annotation after = annotation;
    after.sharing = sharing;
    after.team = sharing == AnnotationSharing::Private ? QString() : team.trimmed();
    return stamped(annotation, after, at);
}

std::pair<AnnotationSharing, QString> AnnotationEdits::parseSharing(const QString &typed)
{
    const QString name = typed.trimmed();
    if (name.compare(QLatin1String("private"), Qt::CaseInsensitive) == 0)
        return {AnnotationSharing::Private, QString()};
    if (name.compare(QLatin1String("team"), Qt::CaseInsensitive) == 0)
        return {AnnotationSharing::Team, QString()};
    return {AnnotationSharing::Team, name};
}

bool AnnotationEdits::canReshare(const Annotation &annotation, bool onServer, AnnotationSharing sharing,
                                 const QString &team)
{
    if (!onServer || annotation.sharing == AnnotationSharing::Private)
        return true; // nobody else has it yet
    return sharing == AnnotationSharing::Team && team.trimmed() == annotation.team;
}

Annotation AnnotationEdits::restored(const Annotation &annotation, const Annotation &earlier, const QDateTime &at)
{
    Annotation after = annotation;
    after.kind = earlier.kind;
    after.color = earlier.color;
    after.note = earlier.note;
    after.tags = normalisedTags(earlier.tags);
    after.areas = earlier.areas;
    after.quote = earlier.quote;
    after.position = earlier.position;
    return stamped(annotation, after, at);
}

QStringList AnnotationEdits::parseTags(const QString &typed) { return normalisedTags(typed.split(QLatin1Char(','))); }

QStringList AnnotationEdits::normalisedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

} // namespace diptych
