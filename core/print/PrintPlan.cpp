#include "print/PrintPlan.h"

#include "print/MarkerPlacement.h"
#include "print/PrintSource.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace diptych {

namespace {

// The text of a page is read once however many notes it has.
QPointF markerPoint(const Annotation &a, const PageArea &area, const PrintSource &source, NotePlacement notes,
                    QHash<int, QVector<QRectF>> &textOfPage)
{
    if (area.quads.isEmpty())
        return {};
    const QRectF first = area.quads.first();
    if (a.kind == AnnotationKind::PageNote)
        return first.center();
    if (!textOfPage.contains(area.page))
        textOfPage.insert(area.page, source.textBoxes(area.page));
    const auto side = notes == NotePlacement::Margin ? MarkerPlacement::Side::After : MarkerPlacement::Side::Before;
    return MarkerPlacement::beside(first, textOfPage.value(area.page), source.pageSize(area.page), side);
}

// Reading order of the first place an annotation has.
bool readsBefore(const QVector<PageArea> &a, const QVector<PageArea> &b)
{
    const PageArea &x = a.first();
    const PageArea &y = b.first();
    if (x.page != y.page)
        return x.page < y.page;
    const QRectF qx = x.quads.value(0);
    const QRectF qy = y.quads.value(0);
    if (qAbs(qx.top() - qy.top()) > 2.0)
        return qx.top() < qy.top();
    return qx.left() < qy.left();
}

} // namespace

bool PrintPlan::hasNoteText(const Annotation &annotation) { return !annotation.note.trimmed().isEmpty(); }

PrintPlan::PrintPlan(const PrintSource &source, const QVector<Annotation> &annotations, const PrintOptions &options)
{
    const QVector<Placed> placed = placeAll(source, annotations);
    choosePages(source.pageCount(), placed, options);
    if (options.annotations)
        addMarks(source, placed, options.notes);
}

QVector<PrintPlan::Placed> PrintPlan::placeAll(const PrintSource &source, const QVector<Annotation> &annotations) const
{
    QVector<Placed> placed;
    for (const Annotation &a : annotations) {
        QVector<PageArea> areas = source.areasOf(a);
        if (!areas.isEmpty())
            placed.append(Placed{&a, areas});
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &x, const Placed &y) { return readsBefore(x.areas, y.areas); });
    return placed;
}

void PrintPlan::choosePages(int pageCount, const QVector<Placed> &placed, const PrintOptions &options)
{
    QSet<int> annotated;
    for (const Placed &p : placed)
        for (const PageArea &area : p.areas)
            annotated.insert(area.page);
    const int first = options.firstPage > 0 ? options.firstPage - 1 : 0;
    const int last = options.lastPage > 0 ? qMin(options.lastPage, pageCount) - 1 : pageCount - 1;
    for (int page = first; page <= last; ++page)
        if (!options.onlyAnnotatedPages || annotated.contains(page))
            m_pages.append(page);
}

void PrintPlan::addMarks(const PrintSource &source, const QVector<Placed> &placed, NotePlacement notes)
{
    const QSet<int> printed(m_pages.begin(), m_pages.end());
    QHash<int, QVector<QRectF>> textOfPage;
    for (const Placed &p : placed) {
        const Annotation &a = *p.annotation;
        int number = 0;
        for (const PageArea &area : p.areas) {
            if (!printed.contains(area.page))
                continue;
            PrintMark mark{a.kind, a.color, area.page, area.quads, 0, {}};
            if (a.kind == AnnotationKind::PageNote)
                mark.quads.clear();
            // The number stands once, where the passage starts on paper.
            if (number == 0 && hasNoteText(a) && !area.quads.isEmpty()) {
                number = m_notes.size() + 1;
                mark.number = number;
                mark.marker = markerPoint(a, area, source, notes, textOfPage);
                m_notes.append(
                    PrintedNote{number, area.page, a.quote.exact.simplified(), a.note.trimmed(), a.color, mark.marker});
            }
            m_marks[area.page].append(mark);
        }
    }
}

QVector<PrintedNote> PrintPlan::notesOn(int page) const
{
    QVector<PrintedNote> result;
    for (const PrintedNote &n : m_notes)
        if (n.page == page)
            result.append(n);
    return result;
}

} // namespace diptych
