#include "annotations/EditNoteTextCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

EditNoteTextCommand::EditNoteTextCommand(AnnotationModel *model, const QString &id, const QString &text,
                                         int session, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_id(id), m_session(session), m_newText(text),
      m_newModified(Annotation::nowUtc())
{
    const std::optional<Annotation> found = model->byId(id);
    if (found) {
        m_oldText = found->note;
        m_oldModified = found->modified;
    }
    setObsolete(!found || m_oldText == m_newText);
    setText(QCoreApplication::translate("EditNoteTextCommand", "Edit note"));
}

bool EditNoteTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditNoteTextCommand *>(other);
    if (!next || next->m_id != m_id || next->m_session != m_session)
        return false;
    m_newText = next->m_newText;
    m_newModified = next->m_newModified;
    // Typed and erased again: the step changes nothing and leaves the stack.
    setObsolete(m_newText == m_oldText);
    return true;
}

void EditNoteTextCommand::apply(const QString &text, const QDateTime &modified)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a || a->note == text)
        return;
    a->note = text;
    a->modified = modified;
    m_model->update(*a);
}

void EditNoteTextCommand::redo() { apply(m_newText, m_newModified); }

void EditNoteTextCommand::undo() { apply(m_oldText, m_oldModified); }

} // namespace diptych
