#include "print/NotesAppendix.h"

#include "print/PrintedWords.h"

#include <QTextCursor>

namespace diptych {

namespace {

QTextCharFormat charFormat(double size, bool bold, bool italic, const QColor &color = Qt::black)
{
    QTextCharFormat f;
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(color);
    return f;
}

QTextBlockFormat spaced(double before)
{
    QTextBlockFormat f;
    f.setTopMargin(before);
    return f;
}

} // namespace

NotesAppendix::NotesAppendix(const QVector<PrintedNote> &notes, const QSizeF &pageSize)
    : m_pages(build(notes), pageSize, kMargin)
{
}

std::unique_ptr<QTextDocument> NotesAppendix::build(const QVector<PrintedNote> &notes)
{
    auto doc = TextPages::newDocument();
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Serif"), 10));
    QTextCursor cursor(doc.get());
    cursor.insertText(PrintedWords::notesHeading(), charFormat(16, true, false));
    for (const PrintedNote &n : notes) {
        cursor.insertBlock(spaced(10));
        const QColor color = n.color.isValid() ? n.color.darker(150) : QColor(Qt::black);
        cursor.insertText(QStringLiteral("%1  ").arg(n.number), charFormat(10, true, false, color));
        cursor.insertText(PrintedWords::page(n.page + 1), charFormat(9, false, false, Qt::darkGray));
        if (!n.quote.isEmpty()) {
            cursor.insertBlock(spaced(2));
            cursor.insertText(QChar(0x201C) + n.quote + QChar(0x201D), charFormat(9.5, false, true, Qt::darkGray));
        }
        cursor.insertBlock(spaced(2));
        cursor.insertText(n.note, charFormat(10, false, false));
    }
    return doc;
}

} // namespace diptych
