#pragma once

#include "model/SourceDocument.h"

#include <QPair>
#include <QStringList>
#include <QVector>

namespace diptych::test {

// Pages of positioned lines made by hand, as a PDF source would deliver them: the tests of
// single analysis steps say exactly what geometry they look at. A word "^1" is a raised digit.
class HandMadePage
{
public:
    explicit HandMadePage(SourceDocument &doc) : m_doc(doc)
    {
        m_doc.format = SourceFormat::Pdf;
        m_doc.pages.append(Page{});
        m_page = &m_doc.pages.last();
        m_page->index = int(m_doc.pages.size()) - 1;
        m_page->size = QSizeF(595, 842);
    }

    // A line at (x, y) in type of the given size; gap: a paragraph gap before it.
    HandMadePage &line(double x, double y, double size, const QString &text, bool gap = false)
    {
        Line l;
        l.page = m_page->index;
        l.fontSize = size;
        l.gapBefore = gap;
        double left = x;
        QString joined;
        for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            Word w;
            w.raised = token.startsWith(QLatin1Char('^'));
            w.text = w.raised ? token.mid(1) : token;
            const double height = w.raised ? size * 0.6 : size;
            const double width = w.text.size() * size * 0.5;
            w.box = QRectF(left, w.raised ? y - size * 0.5 : y, width, height);
            left += width + size * 0.3;
            joined += (joined.isEmpty() || w.raised ? QString() : QStringLiteral(" ")) + w.text;
            l.words.append(w);
        }
        l.text = joined;
        for (const Word &w : std::as_const(l.words))
            l.box = l.box.isNull() ? w.box : l.box.united(w.box);
        m_page->lines.append(l);
        return *this;
    }

    // A table row: each cell a word at its own x.
    HandMadePage &row(double y, double size, const QVector<QPair<double, QString>> &cells, bool gap = false)
    {
        line(cells.first().first, y, size, cells.first().second, gap);
        Line &l = m_page->lines.last();
        for (int i = 1; i < cells.size(); ++i) {
            Word w;
            w.text = cells[i].second;
            w.box = QRectF(cells[i].first, y, w.text.size() * size * 0.5, size);
            l.words.append(w);
            l.text += QLatin1Char(' ') + w.text;
            l.box = l.box.united(w.box);
        }
        return *this;
    }

private:
    SourceDocument &m_doc;
    Page *m_page = nullptr;
};

} // namespace diptych::test
