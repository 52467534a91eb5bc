#include "annotations/AddAnnotationCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

AddAnnotationCommand::AddAnnotationCommand(AnnotationModel *model, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_annotation(annotation)
{
    setText(QCoreApplication::translate("AddAnnotationCommand", "Add %1")
                .arg(AnnotationModel::kindLabel(annotation.kind).toLower()));
}

void AddAnnotationCommand::redo() { m_model->add(m_annotation); }

void AddAnnotationCommand::undo() { m_model->remove(m_annotation.id); }

} // namespace diptych
