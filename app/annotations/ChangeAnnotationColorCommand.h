#pragma once

#include "annotations/Annotation.h"

#include <QColor>
#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Recolours an annotation, or turns a highlight into an underline or strike-out (the marks
// a reader switches between), as AnnotationEdits::recoloured says; undo restores colour,
// kind and modified time.
class ChangeAnnotationColorCommand : public QUndoCommand
{
public:
    ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id, const QColor &color, AnnotationKind kind,
                                 QUndoCommand *parent = nullptr);
    // Colour only; the kind stays.
    ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id, const QColor &color,
                                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // Colour, kind and modified of `from` onto the annotation as the model has it now.
    void apply(const Annotation &from);

    AnnotationModel *m_model;
    QString m_id;
    Annotation m_before, m_after;
};

} // namespace diptych
