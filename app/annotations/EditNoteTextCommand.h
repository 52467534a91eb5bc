#pragma once

#include "annotations/Annotation.h"

#include <QString>
#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Sets the text of an annotation's note. Consecutive edits of the same note in one typing
// session merge (mergeWith), so typing a sentence is one undo step; a new session (the
// editor was left, another note chosen) starts a new step.
class EditNoteTextCommand : public QUndoCommand
{
public:
    EditNoteTextCommand(AnnotationModel *model, const QString &id, const QString &text, int session = 0,
                        QUndoCommand *parent = nullptr);

    static constexpr int kId = 0x4e6f7465; // "Note"
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    QString annotationId() const { return m_id; }
    int session() const { return m_session; }

private:
    // Note and modified of `from` onto the annotation as the model has it now.
    void apply(const Annotation &from);

    AnnotationModel *m_model;
    QString m_id;
    int m_session;
    Annotation m_before, m_after; // AnnotationEdits::withNote made m_after
};

} // namespace diptych
