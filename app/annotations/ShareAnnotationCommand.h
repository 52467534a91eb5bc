#pragma once

#include "annotations/Annotation.h"

#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Who sees an annotation on the team server: private or the team's (AnnotationEdits::
// sharedWith says what that means); undo gives back the sharing and modified time it had.
class ShareAnnotationCommand : public QUndoCommand
{
public:
    ShareAnnotationCommand(AnnotationModel *model, const QString &id, AnnotationSharing sharing, const QString &team,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const Annotation &from);

    AnnotationModel *m_model;
    QString m_id;
    Annotation m_before, m_after;
};

} // namespace diptych
