#pragma once

#include "annotations/Annotation.h"

#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Adds a new annotation; undo deletes it from the model and the store, redo stores it again
// with the same id.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationModel *model, const Annotation &annotation, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString annotationId() const { return m_annotation.id; }

private:
    AnnotationModel *m_model;
    Annotation m_annotation;
};

} // namespace diptych
