#pragma once

#include "export/NotesReport.h"

#include <QString>

#include <memory>

class QTextCursor;
class QTextDocument;

namespace diptych {

// A notes report as an ODF text document (.odt, through QTextDocumentWriter): headings for
// the report, each document (when grouped) and each note, the quoted passage as an indented
// italic block, the note as paragraphs, then a bulleted list with tags, the Kamerstuk links
// and author/date. Works without a GUI application (diptych-cli).
class NotesOdfWriter
{
public:
    static std::unique_ptr<QTextDocument> document(const NotesReport &report);
    // Writes atomically: an existing OUT is replaced only when the new file is complete.
    static bool write(const NotesReport &report, const QString &path, QString *error = nullptr);

private:
    static void writeDocument(QTextCursor &cursor, const DocumentNotes &doc, int level);
    static void writeNote(QTextCursor &cursor, const NoteItem &item, int number, int level);
    static void writeFacts(QTextCursor &cursor, const NoteItem &item);
};

} // namespace diptych
