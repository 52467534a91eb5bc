#include "annotations/DocumentAnnotations.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/AnnotationModel.h"

namespace diptych {

namespace {

AnnotationMark markOf(const Annotation &a, const AnnotationAnchorer::Placement &p)
{
    AnnotationMark m;
    m.id = a.id;
    m.kind = a.kind;
    m.color = a.color;
    m.note = a.note;
    if (p.position.isValid()) {
        m.start = p.position.start;
        m.end = p.position.end;
    }
    m.areas = p.areas;
    return m;
}

} // namespace

DocumentAnnotations::DocumentAnnotations(AnnotationModel *model, AnalysisPtr analysis,
                                         const QString &documentHash, QObject *parent)
    : QObject(parent), m_model(model), m_analysis(std::move(analysis)), m_hash(documentHash)
{
    for (auto signal : {&AnnotationModel::rowsInserted, &AnnotationModel::rowsRemoved})
        connect(model, signal, this, &DocumentAnnotations::rebuild);
    connect(model, &AnnotationModel::dataChanged, this, &DocumentAnnotations::rebuild);
    connect(model, &AnnotationModel::modelReset, this, &DocumentAnnotations::rebuild);
    rebuild();
}

void DocumentAnnotations::setRelatedHashes(const QStringList &hashes)
{
    m_related = hashes;
    m_related.removeAll(m_hash);
    rebuild();
}

QStringList DocumentAnnotations::documentHashes() const { return QStringList{m_hash} + m_related; }

// Re-placing everything on each edit is simple and cheap: a letter has tens of
// annotations, and a placement by stored position is a string comparison.
void DocumentAnnotations::rebuild()
{
    m_marks.clear();
    m_notPlaced.clear();
    const AnnotationAnchorer anchorer(*m_analysis);
    for (const Annotation &a : m_model->byDocuments(documentHashes())) {
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        if (p.placed())
            m_marks.append(markOf(a, p));
        else
            m_notPlaced.append(a.id);
    }
    Q_EMIT changed();
}

const AnnotationMark *DocumentAnnotations::mark(const QString &id) const
{
    for (const AnnotationMark &m : m_marks) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

bool DocumentAnnotations::contains(const QString &id) const { return mark(id) || m_notPlaced.contains(id); }

QStringList DocumentAnnotations::idsAt(int textOffset) const
{
    QStringList ids;
    for (const AnnotationMark &m : m_marks) {
        if (m.hasRange() && textOffset >= m.start && textOffset < m.end)
            ids.append(m.id);
    }
    return ids;
}

QStringList DocumentAnnotations::idsAt(int page, const QPointF &point) const
{
    QStringList ids;
    for (const AnnotationMark &m : m_marks) {
        if (m.covers(page, point))
            ids.append(m.id);
    }
    return ids;
}

} // namespace diptych
