#include "export/NotesCollector.h"

#include "analysis/ReferenceParser.h"
#include "annotations/AnnotationAnchorer.h"
#include "export/PassageReferences.h"

#include <QFileInfo>

#include <algorithm>

namespace diptych {

namespace {

// Reading order: page first (a page note has no text offset), then the offset in the text.
QPair<int, int> readingKey(const NoteItem &item)
{
    const int start = item.annotation.position.isValid() ? item.annotation.position.start : -1;
    return {item.page, start};
}

} // namespace

DocumentNotes NotesCollector::collect(const Analysis &analysis, const QVector<Annotation> &annotations)
{
    DocumentNotes doc;
    doc.file = analysis.file;
    doc.title = analysis.title.isEmpty() ? QFileInfo(analysis.file).completeBaseName() : analysis.title;
    doc.kind = analysis.kind;
    doc.meeting = analysis.meeting;
    doc.selfId = analysis.selfId;
    doc.selfUrl = analysis.selfId.isEmpty() ? QString() : ReferenceParser::urlFor(analysis.selfId);

    const AnnotationAnchorer anchorer(analysis);
    QVector<NoteItem> placed;
    QVector<NoteItem> notPlaced;
    for (const Annotation &a : annotations) {
        NoteItem i = item(analysis, anchorer, a);
        (i.placed ? placed : notPlaced).append(i);
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const NoteItem &x, const NoteItem &y) { return readingKey(x) < readingKey(y); });
    doc.notes = placed + notPlaced;
    return doc;
}

NoteItem NotesCollector::item(const Analysis &analysis, const AnnotationAnchorer &anchorer, const Annotation &a)
{
    const AnnotationAnchorer::Placement p = anchorer.place(a);
    NoteItem i;
    i.placed = p.placed();
    i.annotation = AnnotationAnchorer::placed(a, p);
    i.page = i.annotation.firstPage();
    i.quote = a.quote.exact;
    const TextPositionSelector &at = i.annotation.position;
    if (i.placed && at.isValid()) {
        if (i.quote.isEmpty())
            i.quote = analysis.text.mid(at.start, at.end - at.start);
        i.section = sectionAt(analysis, at.start);
        i.references = PassageReferences::find(analysis, at.start, at.end);
    }
    return i;
}

QString NotesCollector::sectionAt(const Analysis &analysis, int offset)
{
    const Section *session = nullptr;
    const Section *topic = nullptr;
    for (const Section &s : analysis.sections) {
        if (s.at.start < 0 || s.at.start > offset)
            continue;
        if (s.level == 1) {
            session = &s;
            topic = nullptr;
        } else if (!topic || s.at.start >= topic->at.start) {
            topic = &s;
        }
    }
    QStringList parts;
    if (session)
        parts << session->heading.simplified();
    if (topic && (!session || topic->at.start >= session->at.start))
        parts << topic->title.simplified();
    return parts.join(QStringLiteral(" \u203A "));
}

} // namespace diptych
