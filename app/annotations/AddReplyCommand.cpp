#include "annotations/AddReplyCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

AddReplyCommand::AddReplyCommand(AnnotationModel *model, const AnnotationReply &reply, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("AddReplyCommand", "Reply"), parent), m_model(model), m_reply(reply)
{
}

void AddReplyCommand::redo() { m_model->addReply(m_reply); }

void AddReplyCommand::undo() { m_model->removeReply(m_reply.id); }

} // namespace diptych
