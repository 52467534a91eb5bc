#pragma once

#include <QPlainTextEdit>

namespace diptych {

// Plain-text editor for annotation notes. Notes are written in Dutch by default;
// misspelt words get a wavy underline and the context menu offers corrections.
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NoteEditor(QWidget *parent = nullptr);
};

} // namespace diptych
