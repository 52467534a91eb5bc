#pragma once

#include "annotations/Annotation.h"

#include <QStringList>
#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Sets the tags of an annotation (the whole list: what the tags field holds after editing),
// normalised as AnnotationEdits::withTags says; undo restores the old list and modified time.
class EditTagsCommand : public QUndoCommand
{
public:
    EditTagsCommand(AnnotationModel *model, const QString &id, const QStringList &tags, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // Tags and modified of `from` onto the annotation as the model has it now.
    void apply(const Annotation &from);

    AnnotationModel *m_model;
    QString m_id;
    Annotation m_before, m_after;
};

} // namespace diptych
