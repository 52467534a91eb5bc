#include "annotations/EditTagsCommand.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

EditTagsCommand::EditTagsCommand(AnnotationModel *model, const QString &id, const QStringList &tags,
                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("EditTagsCommand", "Edit tags"), parent), m_model(model), m_id(id)
{
    const std::optional<Annotation> found = model->byId(id);
    m_before = found.value_or(Annotation());
    m_after = AnnotationEdits::withTags(m_before, tags);
    setObsolete(!found || m_after == m_before);
}

void EditTagsCommand::apply(const Annotation &from)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a)
        return;
    a->tags = from.tags;
    a->modified = from.modified;
    m_model->update(*a);
}

void EditTagsCommand::redo() { apply(m_after); }

void EditTagsCommand::undo() { apply(m_before); }

} // namespace diptych
