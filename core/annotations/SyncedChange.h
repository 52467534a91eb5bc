#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationReply.h"

#include <QString>

namespace diptych {

// A change another client (or this one, earlier) made on the team server, as the local store
// takes it in: an annotation or a reply as it now is, or the removal of an item.
struct SyncedChange {
    enum class Kind { Annotation, Reply, Removal };
    Kind kind = Kind::Annotation;
    QString item; // the id of the annotation or reply
    Annotation annotation; // Kind::Annotation
    AnnotationReply reply; // Kind::Reply
    qint64 revision = 0;
    QString owner; // the author's login role on the server
};

} // namespace diptych
