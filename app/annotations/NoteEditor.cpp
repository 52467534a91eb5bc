#include "annotations/NoteEditor.h"

namespace diptych {

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

} // namespace diptych
