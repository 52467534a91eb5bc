#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace diptych {

// A teammate's answer to an annotation: only the annotation's author edits the annotation,
// everyone else replies. Replies hang under their annotation, oldest first.
struct AnnotationReply {
    QString id; // UUID without braces
    QString annotation; // the id of the annotation answered
    QString author;
    QDateTime created; // UTC
    QDateTime modified; // UTC
    QString text;

    // A new reply with a fresh id, the default author and created = modified = now.
    static AnnotationReply create(const QString &annotationId, const QString &text);

    // The body a team server keeps: {"text", "author", "created", "modified"}; the ids are
    // columns of their own there.
    QJsonObject toJson() const;
    static std::optional<AnnotationReply> fromJson(const QString &id, const QString &annotationId,
                                                   const QJsonObject &body);
};

bool operator==(const AnnotationReply &a, const AnnotationReply &b);

} // namespace diptych
