#include "annotations/ShareAnnotationCommand.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

ShareAnnotationCommand::ShareAnnotationCommand(AnnotationModel *model, const QString &id, AnnotationSharing sharing,
                                               const QString &team, QUndoCommand *parent)
    : QUndoCommand(sharing == AnnotationSharing::Private
                       ? QCoreApplication::translate("ShareAnnotationCommand", "Make private")
                       : QCoreApplication::translate("ShareAnnotationCommand", "Share with the team"),
                   parent),
      m_model(model), m_id(id)
{
    const std::optional<Annotation> found = model->byId(id);
    m_before = found.value_or(Annotation());
    m_after = AnnotationEdits::sharedWith(m_before, sharing, team);
    setObsolete(!found || m_after == m_before);
}

void ShareAnnotationCommand::apply(const Annotation &from)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a)
        return;
    a->sharing = from.sharing;
    a->team = from.team;
    a->modified = from.modified;
    m_model->update(*a);
}

void ShareAnnotationCommand::redo() { apply(m_after); }

void ShareAnnotationCommand::undo() { apply(m_before); }

} // namespace diptych
