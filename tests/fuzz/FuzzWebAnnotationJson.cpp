// libFuzzer entry point: any bytes, read as a W3C Web Annotation JSON document (one
// annotation, an array, or an AnnotationCollection), then written out again. It must not
// crash, and must return only annotations with a usable target (a text anchor, or a page
// note with its place on the page).
#include "annotations/WebAnnotationJson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    QString error;
    const QVector<diptych::Annotation> annotations = diptych::WebAnnotationJson::parse(bytes, &error);
    for (const diptych::Annotation &a : annotations) {
        if (!a.hasTextAnchor() && (a.kind != diptych::AnnotationKind::PageNote || a.areas.isEmpty()))
            std::abort();
    }
    if (!annotations.isEmpty())
        diptych::WebAnnotationJson::exportCollection(annotations);
    return 0;
}
