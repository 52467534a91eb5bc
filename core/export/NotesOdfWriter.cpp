#include "export/NotesOdfWriter.h"

#include "export/NoteLabels.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QTextListFormat>

namespace diptych {

namespace {

// The first block of a document exists already; every later one is inserted.
void newBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (cursor.document()->isEmpty() && cursor.atStart())
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block, chars);
    cursor.setCharFormat(chars);
}

void headingBlock(QTextCursor &cursor, int level, const QString &text)
{
    static const double sizes[] = {18.0, 15.0, 12.5, 11.0};
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 12);
    block.setBottomMargin(4);
    QTextCharFormat chars;
    chars.setFontWeight(700);
    chars.setFontPointSize(sizes[std::min(level, 4) - 1]);
    newBlock(cursor, block, chars);
    cursor.insertText(text.simplified());
}

QTextCharFormat plain()
{
    QTextCharFormat chars;
    chars.setFontPointSize(11);
    return chars;
}

void textBlock(QTextCursor &cursor, const QString &text, const QTextBlockFormat &block = QTextBlockFormat(),
               const QTextCharFormat &chars = plain())
{
    newBlock(cursor, block, chars);
    cursor.insertText(text, chars);
}

void linkText(QTextCursor &cursor, const QString &text, const QString &url)
{
    QTextCharFormat link = plain();
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setForeground(QColor(0x1a, 0x4f, 0x9c));
    link.setFontUnderline(true);
    cursor.insertText(text, link);
    cursor.setCharFormat(plain());
}

} // namespace

std::unique_ptr<QTextDocument> NotesOdfWriter::document(const NotesReport &report)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    QTextCursor cursor(doc.get());
    headingBlock(cursor, 1, report.title);
    for (const DocumentNotes &d : report.documents)
        writeDocument(cursor, d, report.grouped ? 2 : 1);
    return doc;
}

void NotesOdfWriter::writeDocument(QTextCursor &cursor, const DocumentNotes &doc, int level)
{
    if (level > 1)
        headingBlock(cursor, level, doc.title);
    textBlock(cursor, NoteLabels::documentLine(doc));
    if (!doc.selfUrl.isEmpty()) {
        cursor.insertText(QStringLiteral(" \u00B7 "));
        linkText(cursor, doc.selfUrl, doc.selfUrl);
    }
    if (doc.notes.isEmpty())
        textBlock(cursor, NoteLabels::noNotes());
    for (int i = 0; i < doc.notes.size(); ++i)
        writeNote(cursor, doc.notes[i], i + 1, level + 1);
}

void NotesOdfWriter::writeNote(QTextCursor &cursor, const NoteItem &item, int number, int level)
{
    headingBlock(cursor, level, NoteLabels::noteHeading(item, number));
    QTextBlockFormat quoteBlock;
    quoteBlock.setLeftMargin(24);
    quoteBlock.setRightMargin(12);
    quoteBlock.setBottomMargin(6);
    QTextCharFormat quoteChars = plain();
    quoteChars.setFontItalic(true);
    quoteChars.setForeground(QColor(0x44, 0x44, 0x44));
    for (const QString &p : noteParagraphs(item.quote))
        textBlock(cursor, p.simplified(), quoteBlock, quoteChars);
    QTextBlockFormat noteBlock;
    noteBlock.setBottomMargin(6);
    for (const QString &p : noteParagraphs(item.annotation.note)) {
        // The note's own line breaks stay line breaks within its paragraph.
        QString text = p;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        textBlock(cursor, text, noteBlock);
    }
    writeFacts(cursor, item);
}

void NotesOdfWriter::writeFacts(QTextCursor &cursor, const NoteItem &item)
{
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    bullets.setIndent(1);
    QTextList *list = nullptr;
    auto entry = [&](const QString &text) {
        textBlock(cursor, text);
        if (list)
            list->add(cursor.block());
        else
            list = cursor.createList(bullets);
    };
    if (!item.annotation.tags.isEmpty())
        entry(NoteLabels::tags() + QStringLiteral(": ") + item.annotation.tags.join(QStringLiteral(", ")));
    if (!item.references.isEmpty()) {
        entry(NoteLabels::kamerstukken() + QStringLiteral(": "));
        for (int i = 0; i < item.references.size(); ++i) {
            const Reference &r = item.references[i];
            if (i > 0)
                cursor.insertText(QStringLiteral(", "));
            linkText(cursor, NoteLabels::reference(r), r.url);
        }
    }
    const QString byline = NoteLabels::byline(item.annotation);
    if (!byline.isEmpty())
        entry(byline);
    for (const AnnotationReply &r : item.replies)
        entry(NoteLabels::reply(r));
}

bool NotesOdfWriter::write(const NotesReport &report, const QString &path, QString *error)
{
    // The ODF writer closes its device when done, which QSaveFile refuses: write to memory first.
    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    const std::unique_ptr<QTextDocument> doc = document(report);
    QTextDocumentWriter writer(&odt, "ODF");
    QSaveFile file(path);
    if (!writer.write(doc.get()) || !file.open(QIODevice::WriteOnly) || file.write(odt.data()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace diptych
