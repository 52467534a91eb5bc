#pragma once

#include "annotations/AnnotationReply.h"

#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Gives one of the user's own replies a new text (AnnotationEdits::withText); undo puts the
// old text and modified time back. Someone else's reply, blank text or the same text is no
// edit: the command is obsolete and the stack drops it.
class EditReplyCommand : public QUndoCommand
{
public:
    EditReplyCommand(AnnotationModel *model, const QString &replyId, const QString &text,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    AnnotationReply m_before, m_after;
};

} // namespace diptych
