#include "annotations/AnnotationReply.h"

#include "annotations/Annotation.h"

#include <QUuid>

namespace diptych {

AnnotationReply AnnotationReply::create(const QString &annotationId, const QString &text)
{
    AnnotationReply r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.annotation = annotationId;
    r.author = Annotation::defaultAuthor();
    r.created = r.modified = Annotation::nowUtc();
    r.text = text;
    return r;
}

QJsonObject AnnotationReply::toJson() const
{
    return QJsonObject{{QStringLiteral("text"), text},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODate)}};
}

std::optional<AnnotationReply> AnnotationReply::fromJson(const QString &id, const QString &annotationId,
                                                         const QJsonObject &body)
{
    if (id.isEmpty() || annotationId.isEmpty() || !body.value(QStringLiteral("text")).isString())
        return std::nullopt;
    AnnotationReply r;
    r.id = id;
    r.annotation = annotationId;
    r.text = body.value(QStringLiteral("text")).toString();
    r.author = body.value(QStringLiteral("author")).toString();
    r.created = QDateTime::fromString(body.value(QStringLiteral("created")).toString(), Qt::ISODate);
    r.modified = QDateTime::fromString(body.value(QStringLiteral("modified")).toString(), Qt::ISODate);
    return r;
}

bool operator==(const AnnotationReply &a, const AnnotationReply &b)
{
    return a.id == b.id && a.annotation == b.annotation && a.author == b.author && a.created == b.created
           && a.modified == b.modified && a.text == b.text;
}

} // namespace diptych
