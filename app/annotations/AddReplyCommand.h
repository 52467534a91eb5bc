#pragma once

#include "annotations/AnnotationReply.h"

#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Adds a reply made by AnnotationEdits::reply; undo deletes it from the model and the store
// (a synced reply is deleted on the server too), redo stores it again with the same id.
class AddReplyCommand : public QUndoCommand
{
public:
    AddReplyCommand(AnnotationModel *model, const AnnotationReply &reply, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString replyId() const { return m_reply.id; }

private:
    AnnotationModel *m_model;
    AnnotationReply m_reply;
};

} // namespace diptych
