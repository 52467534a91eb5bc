#include "annotations/ChangeAnnotationColorCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

ChangeAnnotationColorCommand::ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id,
                                                           const QColor &color, AnnotationKind kind,
                                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_id(id), m_newColor(color), m_newKind(kind),
      m_newModified(Annotation::nowUtc())
{
    const std::optional<Annotation> found = model->byId(id);
    if (found) {
        m_oldColor = found->color;
        m_oldKind = found->kind;
        m_oldModified = found->modified;
    }
    // Notes keep their kind: a page note has no text to underline.
    if (!found || (found->isNote() && kind != found->kind))
        m_newKind = m_oldKind;
    setObsolete(!found || (m_oldColor == m_newColor && m_oldKind == m_newKind));
    setText(m_oldKind == m_newKind ? QCoreApplication::translate("ChangeAnnotationColorCommand", "Recolour")
                                   : AnnotationModel::kindLabel(m_newKind));
}

ChangeAnnotationColorCommand::ChangeAnnotationColorCommand(AnnotationModel *model, const QString &id,
                                                           const QColor &color, QUndoCommand *parent)
    : ChangeAnnotationColorCommand(model, id, color,
                                   model->byId(id) ? model->byId(id)->kind : AnnotationKind::Highlight, parent)
{
}

void ChangeAnnotationColorCommand::apply(const QColor &color, AnnotationKind kind, const QDateTime &modified)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a)
        return;
    a->color = color;
    a->kind = kind;
    a->modified = modified;
    m_model->update(*a);
}

void ChangeAnnotationColorCommand::redo() { apply(m_newColor, m_newKind, m_newModified); }

void ChangeAnnotationColorCommand::undo() { apply(m_oldColor, m_oldKind, m_oldModified); }

} // namespace diptych
