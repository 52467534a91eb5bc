#pragma once

#include "print/PrintMark.h"
#include "print/PrintOptions.h"

#include <QHash>
#include <QVector>

namespace diptych {

class PrintSource;

// What goes on paper: which pages of the source, in order, the marks on each, and the notes
// numbered in reading order (page, then top to bottom, then left to right) over the printed
// pages only, so the numbers run 1, 2, 3 without gaps.
class PrintPlan
{
public:
    // annotations placed in the document the source shows.
    PrintPlan(const PrintSource &source, const QVector<Annotation> &annotations, const PrintOptions &options);

    const QVector<int> &pages() const { return m_pages; }
    QVector<PrintMark> marksOn(int page) const { return m_marks.value(page); }
    const QVector<PrintedNote> &notes() const { return m_notes; }
    QVector<PrintedNote> notesOn(int page) const;

    // A note is any annotation that carries text of its own.
    static bool hasNoteText(const Annotation &annotation);

private:
    struct Placed {
        const Annotation *annotation = nullptr;
        QVector<PageArea> areas;
    };

    QVector<Placed> placeAll(const PrintSource &source, const QVector<Annotation> &annotations) const;
    void choosePages(int pageCount, const QVector<Placed> &placed, const PrintOptions &options);
    void addMarks(const PrintSource &source, const QVector<Placed> &placed, NotePlacement notes);

    QVector<int> m_pages;
    QHash<int, QVector<PrintMark>> m_marks;
    QVector<PrintedNote> m_notes;
};

} // namespace diptych
