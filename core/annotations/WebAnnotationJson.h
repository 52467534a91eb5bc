#pragma once

#include "annotations/Annotation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

#include <functional>

namespace diptych {

// The W3C Web Annotation data model (JSON-LD; what Hypothesis and others exchange).
// An annotation targets the document by "urn:sha256:<hash>" with a TextQuoteSelector and a
// TextPositionSelector; the note is a TextualBody (language "nl", purpose commenting), each
// tag a TextualBody with purpose tagging; motivation is highlighting or commenting.
// What the model has no word for (kind, colour, page quads) travels in "diptych:"
// properties that other tools ignore.
class WebAnnotationJson
{
public:
    static QJsonObject toJson(const Annotation &annotation);
    // An AnnotationCollection whose first page holds every annotation.
    static QByteArray exportCollection(const QVector<Annotation> &annotations);
    // The same collection, written piece by piece: next() gives the annotations one at a
    // time (null at the end), write() takes each piece of the file.
    static void writeCollection(int total, const std::function<const Annotation *()> &next,
                                const std::function<void(const QByteArray &)> &write);
    static void writeCollection(const QVector<Annotation> &annotations,
                                const std::function<void(const QByteArray &)> &write);

    // Accepts a single annotation, a JSON array of them, or an AnnotationCollection (items in
    // "first.items", or "first" itself an array). Annotations without a usable target are
    // skipped and counted in error. documentHash is left as the JSON says (may be empty).
    static QVector<Annotation> parse(const QByteArray &json, QString *error = nullptr);
    static std::optional<Annotation> fromJson(const QJsonObject &object);
};

} // namespace diptych
