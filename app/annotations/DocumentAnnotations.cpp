#include "annotations/DocumentAnnotations.h"

#include "annotations/AnnotationModel.h"

#include <algorithm>

namespace diptych {

namespace {

QStringList repliesOf(const AnnotationModel &model, const QString &id)
{
    QStringList out;
    for (const AnnotationReply &r : model.replies(id))
        out << QStringLiteral("↳ %1: %2").arg(r.author, r.text.trimmed());
    return out;
}

AnnotationMark markOf(const AnnotationModel &model, const Annotation &a, const AnnotationAnchorer::Placement &p)
{
    AnnotationMark m;
    m.id = a.id;
    m.kind = a.kind;
    m.color = a.color;
    m.note = a.note;
    m.replies = repliesOf(model, a.id);
    if (p.position.isValid()) {
        m.start = p.position.start;
        m.end = p.position.end;
    }
    m.areas = p.areas;
    return m;
}

} // namespace

DocumentAnnotations::DocumentAnnotations(AnnotationModel *model, AnalysisPtr analysis, const QString &documentHash,
                                         QObject *parent)
    : QObject(parent), m_model(model), m_analysis(std::move(analysis)),
      m_anchorer(std::make_unique<AnnotationAnchorer>(*m_analysis)), m_hash(documentHash)
{
    for (auto signal : {&AnnotationModel::rowsInserted, &AnnotationModel::rowsRemoved})
        connect(model, signal, this, &DocumentAnnotations::rebuild);
    connect(model, &AnnotationModel::dataChanged, this, &DocumentAnnotations::onRowsChanged);
    connect(model, &AnnotationModel::modelReset, this, &DocumentAnnotations::rebuild);
    connect(model, &AnnotationModel::repliesChanged, this, &DocumentAnnotations::onRepliesChanged);
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
    for (const Annotation &a : m_model->byDocuments(documentHashes())) {
        const AnnotationAnchorer::Placement p = m_anchorer->place(a);
        if (p.placed())
            m_marks.append(markOf(*m_model, a, p));
        else
            m_notPlaced.append(a.id);
    }
    Q_EMIT changed();
}

void DocumentAnnotations::onRowsChanged(const QModelIndex &first, const QModelIndex &last)
{
    bool ours = false;
    for (int row = first.row(); row <= last.row(); ++row)
        ours = replace(m_model->at(row)) || ours;
    if (ours)
        Q_EMIT changed();
}

bool DocumentAnnotations::replace(const Annotation &annotation)
{
    const auto markAt =
        std::find_if(m_marks.begin(), m_marks.end(), [&](const AnnotationMark &m) { return m.id == annotation.id; });
    const bool wasOurs = markAt != m_marks.end() || m_notPlaced.contains(annotation.id);
    if (!wasOurs && !documentHashes().contains(annotation.documentHash))
        return false;
    const AnnotationAnchorer::Placement p = m_anchorer->place(annotation);
    if (markAt != m_marks.end() && p.placed()) {
        *markAt = markOf(*m_model, annotation, p); // stays where it was in the list
        return true;
    }
    if (wasOurs && markAt == m_marks.end() && !p.placed())
        return true; // still not placed: the list of ids stays as it is

    // Placed now and not before, or the other way round: the lists change shape.
    rebuild();
    return false; // rebuild() said changed()
}

void DocumentAnnotations::onRepliesChanged(const QString &annotationId)
{
    for (AnnotationMark &m : m_marks) {
        if (m.id == annotationId) {
            m.replies = repliesOf(*m_model, annotationId);
            Q_EMIT repliesChanged();
            return;
        }
    }
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
