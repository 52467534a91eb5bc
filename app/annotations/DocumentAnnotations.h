#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/AnnotationMark.h"

#include <QObject>
#include <QPointF>
#include <QStringList>

#include <memory>

namespace diptych {

class AnnotationModel;

// The annotations one open document shows: its own (by content hash) and those made in
// other versions of the same letter (its text export, a re-issued PDF), each placed again
// in this document's analysis by AnnotationAnchorer. What cannot be placed is kept in
// notPlaced(), never dropped. Follows the model: an edit of an annotation places that one
// again (typing a note must not re-place every annotation at each key), any other change
// (added, removed, reset) places them all; changed() follows when this document's are touched.
// A reply changes only its mark's replies (shown with the note when hovered): repliesChanged().
class DocumentAnnotations : public QObject
{
    Q_OBJECT
public:
    DocumentAnnotations(AnnotationModel *model, AnalysisPtr analysis, const QString &documentHash,
                        QObject *parent = nullptr);

    AnnotationModel *model() const { return m_model; }
    const Analysis &analysis() const { return *m_analysis; }
    QString documentHash() const { return m_hash; }
    // Hashes of the other versions of this letter (same official id).
    void setRelatedHashes(const QStringList &hashes);
    QStringList documentHashes() const;

    const QVector<AnnotationMark> &marks() const { return m_marks; }
    const QStringList &notPlaced() const { return m_notPlaced; }
    const AnnotationMark *mark(const QString &id) const;
    bool contains(const QString &id) const;
    // Marks covering a reading-text offset, newest last.
    QStringList idsAt(int textOffset) const;
    // Marks with a quad (or note icon) at a point of a PDF page (points, top-left origin).
    QStringList idsAt(int page, const QPointF &point) const;

Q_SIGNALS:
    void changed();
    // A mark's replies changed (nothing moved: the list of annotations is the same).
    void repliesChanged();

private:
    void rebuild();
    void onRowsChanged(const QModelIndex &first, const QModelIndex &last);
    void onRepliesChanged(const QString &annotationId);
    // Places one annotation again; false when it is not this document's at all.
    bool replace(const Annotation &annotation);

    AnnotationModel *m_model;
    AnalysisPtr m_analysis;
    std::unique_ptr<AnnotationAnchorer> m_anchorer; // built once: it folds the whole text
    QString m_hash;
    QStringList m_related;
    QVector<AnnotationMark> m_marks;
    QStringList m_notPlaced;
};

} // namespace diptych
