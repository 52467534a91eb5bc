#pragma once

#include <QDateTime>
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
    void apply(const QString &text, const QDateTime &modified);

    AnnotationModel *m_model;
    QString m_id;
    int m_session;
    QString m_oldText, m_newText;
    QDateTime m_oldModified, m_newModified;
};

} // namespace diptych
