#pragma once

#include "document/OffsetMap.h"
#include "document/ReadingColors.h"
#include "model/Analysis.h"

#include <QCoreApplication>
#include <QHash>

class QTextDocument;

namespace diptych {

// Lays out an Analysis as a readable QTextDocument: the reading text with headings styled
// from the sections, footnote calls as superscript links ("footnote:N"), small page markers,
// and the notes at the end (anchors "note-N").
class TextDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TextDocumentBuilder)
public:
    struct Result {
        OffsetMap offsets;
        QHash<int, int> notePositions; // footnote number -> document position of the note
    };

    static Result build(const Analysis &analysis, QTextDocument *document,
                        const ReadingColors &colors = ReadingColors());
    static QString footnoteUrl(int number);
    static int footnoteFromUrl(const QString &url); // 0 when not a footnote link

private:
    static void styleBody(const Analysis &analysis, QTextDocument *document, const ReadingColors &colors);
    static void insertMarks(const Analysis &analysis, QTextDocument *document, const ReadingColors &colors,
                            Result &result);
    static void appendNotes(const Analysis &analysis, QTextDocument *document, const ReadingColors &colors,
                            Result &result);
};

} // namespace diptych
