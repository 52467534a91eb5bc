#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationReply.h"
#include "model/Analysis.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace diptych {

// One annotation as it goes into a notes export (NotesExporter).
struct NoteItem {
    Annotation annotation;
    bool placed = false;
    int page = -1; // 0-based; where it is now, or where it was made when not placed
    QString quote; // the passage as the author marked it (the exact quote)
    QString section; // "Werksessie 1: Oekraïne › Wapenleveranties"; empty when none
    QVector<Reference> references; // Kamerstukken of the passage, its footnotes, then its paragraph
    QVector<AnnotationReply> replies; // teammates' answers, oldest first
};

// The notes of one document: placed ones in reading order, then the ones not placed.
struct DocumentNotes {
    QString file;
    QString title;
    DocumentKind kind = DocumentKind::Other;
    Meeting meeting;
    QString selfId;
    QString selfUrl;
    QVector<NoteItem> notes;
};

// Everything one export holds.
struct NotesReport {
    QString title;
    bool grouped = false; // a heading per document (a meeting, several documents)
    QVector<DocumentNotes> documents;

    int noteCount() const
    {
        int n = 0;
        for (const DocumentNotes &d : documents)
            n += d.notes.size();
        return n;
    }
    int notPlacedCount() const
    {
        int n = 0;
        for (const DocumentNotes &d : documents)
            n += int(std::count_if(d.notes.begin(), d.notes.end(), [](const NoteItem &i) { return !i.placed; }));
        return n;
    }
};

// The paragraphs of a quote or note: split on blank lines, trimmed, empty ones dropped.
inline QStringList noteParagraphs(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    for (const QString &p : text.split(blank)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

} // namespace diptych
