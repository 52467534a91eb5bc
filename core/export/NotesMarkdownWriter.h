#pragma once

#include "export/NotesReport.h"

#include <QString>
#include <QStringList>

namespace diptych {

// A notes report as CommonMark (GitHub flavour): a heading per document when grouped, a
// heading per note, the quoted passage as a block quote, the note as paragraphs, then a
// list with tags, Kamerstuk links and author/date. Everything the user or the letter wrote
// is escaped, so "*", "<", "&", "[", "#" at a line start and the like come out as written.
class NotesMarkdownWriter
{
public:
    static QString write(const NotesReport &report);

    // Text for the inside of a line: Markdown's inline characters escaped.
    static QString escapeInline(const QString &text);
    // One line of a block: inline escapes plus what would start a heading, list, quote or rule.
    static QString escapeLine(const QString &text);

private:
    static void writeDocument(const DocumentNotes &doc, int level, QStringList &out);
    static void writeNote(const NoteItem &item, int number, int level, QStringList &out);
    static QString quoteBlock(const QString &quote);
    static QString paragraphs(const QString &text);
    static QString link(const QString &text, const QString &url);
    static QString heading(int level, const QString &text);
};

} // namespace diptych
