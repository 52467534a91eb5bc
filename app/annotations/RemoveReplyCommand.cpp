#include "annotations/RemoveReplyCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

RemoveReplyCommand::RemoveReplyCommand(AnnotationModel *model, const QString &replyId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("RemoveReplyCommand", "Delete reply"), parent), m_model(model)
{
    const std::optional<AnnotationReply> found = model->replyById(replyId);
    if (found && model->isOwn(replyId))
        m_reply = *found;
    else
        setObsolete(true);
}

void RemoveReplyCommand::redo()
{
    if (!isObsolete())
        m_model->removeReply(m_reply.id);
}

void RemoveReplyCommand::undo()
{
    if (!isObsolete())
        m_model->addReply(m_reply);
}

} // namespace diptych
