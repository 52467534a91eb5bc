#pragma once

#include "print/PrintMark.h"
#include "print/TextPages.h"

#include <QCoreApplication>

namespace diptych {

// The list after the last page: every note with its number, page, the passage it is about
// and its text, under the heading "Notes" ("Aantekeningen" in Dutch).
class NotesAppendix
{
    Q_DECLARE_TR_FUNCTIONS(NotesAppendix)

public:
    NotesAppendix(const QVector<PrintedNote> &notes, const QSizeF &pageSize);

    int pageCount() const { return m_pages.pageCount(); }
    QSizeF pageSize() const { return m_pages.pageSize(); }
    void paint(int page, QPainter *painter) const { m_pages.paint(page, painter); }

    static constexpr double kMargin = 56.0;

private:
    static std::unique_ptr<QTextDocument> build(const QVector<PrintedNote> &notes);

    TextPages m_pages;
};

} // namespace diptych
