#include "annotations/EditReplyCommand.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

EditReplyCommand::EditReplyCommand(AnnotationModel *model, const QString &replyId, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("EditReplyCommand", "Edit reply"), parent), m_model(model)
{
    const std::optional<AnnotationReply> found = model->replyById(replyId);
    m_before = found.value_or(AnnotationReply());
    m_after = AnnotationEdits::withText(m_before, text);
    setObsolete(!found || !model->isOwn(replyId) || m_after == m_before);
}

void EditReplyCommand::redo()
{
    if (!isObsolete())
        m_model->addReply(m_after);
}

void EditReplyCommand::undo()
{
    if (!isObsolete())
        m_model->addReply(m_before);
}

} // namespace diptych
