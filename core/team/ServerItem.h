#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace diptych {

// One row of the team server: an annotation, or a reply when replyTo is set. The body is the
// annotation's W3C JSON (WebAnnotationJson) or the reply's (AnnotationReply::toJson); the
// columns beside it are what the server's rules and queries need.
struct ServerItem {
    QString id;
    QString replyTo; // empty: an annotation
    QString team; // empty: private to its author
    QString document; // content hash of the letter
    QString officialId;
    QString owner; // the author's login role
    bool deleted = false;
    QDateTime modified; // decides which side of a stale update wins
    qint64 revision = 0;
    QJsonObject body;

    bool isReply() const { return !replyTo.isEmpty(); }
};

} // namespace diptych
