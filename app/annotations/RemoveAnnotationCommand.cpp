#include "annotations/RemoveAnnotationCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationModel *model, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model)
{
    const std::optional<Annotation> found = model->byId(id);
    if (found)
        m_annotation = *found;
    else
        setObsolete(true); // nothing to delete: the stack drops the command
    setText(QCoreApplication::translate("RemoveAnnotationCommand", "Delete %1")
                .arg(AnnotationModel::kindLabel(m_annotation.kind).toLower()));
}

void RemoveAnnotationCommand::redo()
{
    if (!isObsolete())
        m_model->remove(m_annotation.id);
}

void RemoveAnnotationCommand::undo()
{
    if (!isObsolete())
        m_model->add(m_annotation);
}

} // namespace diptych
