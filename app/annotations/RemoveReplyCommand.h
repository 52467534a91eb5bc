#pragma once

#include "annotations/AnnotationReply.h"

#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Deletes one of the user's own replies; undo puts it back as it was (same id, text and
// times). A reply someone else wrote is not deleted: the command is obsolete and the stack
// drops it (only its author removes it, as on the team server).
class RemoveReplyCommand : public QUndoCommand
{
public:
    RemoveReplyCommand(AnnotationModel *model, const QString &replyId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    AnnotationReply m_reply; // as it was before the deletion
};

} // namespace diptych
