#pragma once

#include "annotations/Annotation.h"

#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Deletes an annotation; undo puts it back as it was (same id, note, times), so nothing a
// user deletes by mistake is lost.
class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(AnnotationModel *model, const QString &id, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    Annotation m_annotation; // as it was before the deletion
};

} // namespace diptych
