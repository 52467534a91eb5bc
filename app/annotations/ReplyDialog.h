#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace diptych {

class NoteEditor;

// A small editor for a reply: which annotation it answers (its author, and a few words of its
// passage and note), and the spell-checked note editor for the answer. Reply is possible once something
// is typed; Ctrl+Enter replies too. The dialog only asks; the panel makes the edit.
class ReplyDialog : public QDialog
{
    Q_OBJECT
public:
    ReplyDialog(const QString &annotationId, const QString &author, const QString &context, QWidget *parent = nullptr);

    QString annotationId() const { return m_annotationId; }
    QString text() const;
    // Editing one's own reply: its text to start from, and Save instead of Reply.
    void setEditing(const QString &text);
    NoteEditor *editor() const { return m_editor; }
    QPushButton *replyButton() const;

private:
    QString m_annotationId;
    QLabel *m_context;
    NoteEditor *m_editor;
    QDialogButtonBox *m_buttons;
};

} // namespace diptych
