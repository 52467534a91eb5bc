#include "annotations/ChangeAnnotationColorCommand.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

ChangeAnnotationColorCommand::ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id,
                                                           const QColor &color, AnnotationKind kind,
                                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_id(id)
{
    const std::optional<Annotation> found = model->byId(id);
    m_before = found.value_or(Annotation());
    // What the change means (a note keeps its kind) is core's; this command only undoes it.
    m_after = AnnotationEdits::recoloured(m_before, color, kind);
    setObsolete(!found || m_after == m_before);
    setText(m_before.kind == m_after.kind ? QCoreApplication::translate("ChangeAnnotationColorCommand", "Recolour")
                                          : AnnotationModel::kindLabel(m_after.kind));
}

ChangeAnnotationColorCommand::ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id,
                                                           const QColor &color, QUndoCommand *parent)
    : ChangeAnnotationColorCommand(model, id, color,
                                   model->byId(id) ? model->byId(id)->kind : AnnotationKind::Highlight, parent)
{
}

void ChangeAnnotationColorCommand::apply(const Annotation &from)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a)
        return;
    a->color = from.color;
    a->kind = from.kind;
    a->modified = from.modified;
    m_model->update(*a);
}

void ChangeAnnotationColorCommand::redo() { apply(m_after); }

void ChangeAnnotationColorCommand::undo() { apply(m_before); }

} // namespace diptych
