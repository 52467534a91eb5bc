#include "document/TextDocumentBuilder.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace diptych {

namespace {

// Something placed into the text: a footnote call or a page marker.
struct Mark {
    int at = 0;
    int footnote = 0; // > 0: a call to this note
    int page = 0; // footnote == 0: the page that starts here (0-based)
};

void styleRange(QTextDocument *doc, int start, int end, const QTextCharFormat &chars, const QTextBlockFormat &blocks)
{
    const int last = doc->characterCount() - 1;
    start = qBound(0, start, last);
    end = qBound(start, end, last);
    if (start == end)
        return;
    QTextCursor c(doc);
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    c.mergeCharFormat(chars);
    c.mergeBlockFormat(blocks);
}

QTextCharFormat headingFormat(double scale, const ReadingColors &colors)
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setFontPointSize(12 * scale);
    f.setForeground(colors.heading);
    return f;
}

QTextBlockFormat headingBlock(double topMargin)
{
    QTextBlockFormat b;
    b.setTopMargin(topMargin);
    b.setBottomMargin(4);
    return b;
}

QVector<Mark> collectMarks(const Analysis &a)
{
    QVector<Mark> marks;
    for (const Footnote &note : a.footnotes) {
        for (const FootnoteCall &call : note.calls) {
            if (call.at.start >= 0 && call.at.start <= a.text.size())
                marks.append(Mark{call.at.start, note.number, 0});
        }
    }
    int page = -1;
    for (const TextSpan &span : a.spans) {
        if (page >= 0 && span.page != page && span.start > 0)
            marks.append(Mark{span.start, 0, span.page});
        page = span.page;
    }
    // From the end backwards so that earlier offsets stay valid while inserting.
    std::stable_sort(marks.begin(), marks.end(), [](const Mark &x, const Mark &y) { return x.at > y.at; });
    return marks;
}

} // namespace

QString TextDocumentBuilder::footnoteUrl(int number) { return QStringLiteral("footnote:") + QString::number(number); }

int TextDocumentBuilder::footnoteFromUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("footnote:")))
        return 0;
    return url.mid(9).toInt();
}

TextDocumentBuilder::Result TextDocumentBuilder::build(const Analysis &analysis, QTextDocument *document,
                                                       const ReadingColors &colors)
{
    Result result;
    document->clear();
    QFont font(QStringLiteral("Liberation Serif"));
    font.setFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    font.setPointSizeF(12);
    document->setDefaultFont(font);
    document->setDocumentMargin(28);
    QTextCursor cursor(document);
    QTextBlockFormat body;
    body.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(body);
    cursor.insertText(analysis.text);
    styleBody(analysis, document, colors);
    insertMarks(analysis, document, colors, result);
    appendNotes(analysis, document, colors, result);
    return result;
}

void TextDocumentBuilder::styleBody(const Analysis &a, QTextDocument *doc, const ReadingColors &colors)
{
    if (a.cover.present && a.cover.at.start >= 0) {
        QTextCharFormat chars;
        chars.setForeground(colors.coverText);
        QTextBlockFormat blocks;
        blocks.setBackground(colors.coverBackground);
        styleRange(doc, a.cover.at.start, a.cover.at.end, chars, blocks);
    }
    if (a.titleAt.start >= 0)
        styleRange(doc, a.titleAt.start, a.titleAt.end, headingFormat(1.5, colors), headingBlock(18));
    for (const Section &s : a.sections) {
        if (s.at.start >= 0)
            styleRange(doc, s.at.start, s.at.end, headingFormat(s.level <= 1 ? 1.25 : 1.08, colors),
                       headingBlock(s.level <= 1 ? 16 : 10));
    }
}

void TextDocumentBuilder::insertMarks(const Analysis &a, QTextDocument *doc, const ReadingColors &colors,
                                      Result &result)
{
    QTextCharFormat call;
    call.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    call.setAnchor(true);
    call.setForeground(colors.link);
    call.setFontWeight(QFont::DemiBold);
    QTextCharFormat page;
    page.setForeground(colors.marker);
    page.setFontPointSize(8.5);
    page.setFontFamilies(
        {QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});

    QTextCursor cursor(doc);
    for (const Mark &m : collectMarks(a)) {
        cursor.setPosition(m.at);
        QString text;
        if (m.footnote > 0) {
            text = QString::number(m.footnote);
            call.setAnchorHref(footnoteUrl(m.footnote));
            call.setToolTip(QString());
            cursor.insertText(text, call);
        } else {
            text = QStringLiteral(" \u2039") + tr("p. %1").arg(m.page + 1) + QStringLiteral("\u203a ");
            cursor.insertText(text, page);
        }
        result.offsets.addInsertion(m.at, text.size());
    }
}

void TextDocumentBuilder::appendNotes(const Analysis &a, QTextDocument *doc, const ReadingColors &colors,
                                      Result &result)
{
    if (a.footnotes.isEmpty())
        return;
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat rule;
    rule.setTopMargin(28);
    rule.setBottomMargin(6);
    cursor.insertBlock(rule, headingFormat(1.08, colors));
    cursor.insertText(tr("Notes"));
    QTextBlockFormat noteBlock;
    noteBlock.setBottomMargin(4);
    QTextCharFormat noteText;
    noteText.setFontPointSize(10.5);
    for (const Footnote &note : a.footnotes) {
        cursor.insertBlock(noteBlock, noteText);
        result.notePositions.insert(note.number, cursor.position());
        QTextCharFormat number = noteText;
        number.setFontWeight(QFont::Bold);
        number.setForeground(colors.link);
        number.setAnchor(true);
        number.setAnchorNames({QStringLiteral("note-") + QString::number(note.number)});
        cursor.insertText(QString::number(note.number), number);
        cursor.insertText(QStringLiteral("  ") + note.text, noteText);
    }
}

} // namespace diptych
