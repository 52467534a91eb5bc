#include "annotations/EditNoteTextCommand.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

EditNoteTextCommand::EditNoteTextCommand(AnnotationModel *model, const QString &id, const QString &text, int session,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_id(id), m_session(session)
{
    const std::optional<Annotation> found = model->byId(id);
    m_before = found.value_or(Annotation());
    m_after = AnnotationEdits::withNote(m_before, text);
    setObsolete(!found || m_after == m_before);
    setText(QCoreApplication::translate("EditNoteTextCommand", "Edit note"));
}

bool EditNoteTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditNoteTextCommand *>(other);
    if (!next || next->m_id != m_id || next->m_session != m_session)
        return false;
    m_after.note = next->m_after.note;
    m_after.modified = next->m_after.modified;
    // Typed and erased again: the step changes nothing and leaves the stack.
    setObsolete(m_after.note == m_before.note);
    return true;
}

void EditNoteTextCommand::apply(const Annotation &from)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a || a->note == from.note)
        return;
    a->note = from.note;
    a->modified = from.modified;
    m_model->update(*a);
}

void EditNoteTextCommand::redo() { apply(m_after); }

void EditNoteTextCommand::undo() { apply(m_before); }

} // namespace diptych
