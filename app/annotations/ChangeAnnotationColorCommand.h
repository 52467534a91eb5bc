#pragma once

#include "annotations/Annotation.h"

#include <QColor>
#include <QDateTime>
#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Recolours an annotation, or turns a highlight into an underline or strike-out (the marks
// a reader switches between); undo restores colour, kind and modified time.
class ChangeAnnotationColorCommand : public QUndoCommand
{
public:
    ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id, const QColor &color,
                                 AnnotationKind kind, QUndoCommand *parent = nullptr);
    // Colour only; the kind stays.
    ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id, const QColor &color,
                                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QColor &color, AnnotationKind kind, const QDateTime &modified);

    AnnotationModel *m_model;
    QString m_id;
    QColor m_oldColor, m_newColor;
    AnnotationKind m_oldKind = AnnotationKind::Highlight, m_newKind = AnnotationKind::Highlight;
    QDateTime m_oldModified, m_newModified;
};

} // namespace diptych
