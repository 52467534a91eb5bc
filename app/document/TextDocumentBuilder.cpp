#include "document/TextDocumentBuilder.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace diptych {

namespace {

const QColor kHeadingColor(0x1f, 0x3b, 0x63);
const QColor kMarkerColor(0x8a, 0x94, 0xa6);
const QColor kLinkColor(0x2b, 0x6c, 0xb0);

// Something placed into the text: a footnote call or a page marker.
struct Mark {
    int at = 0;
    int footnote = 0; // > 0: a call to this note
    int page = 0;     // footnote == 0: the page that starts here (0-based)
};

void styleRange(QTextDocument *doc, int start, int end, const QTextCharFormat &chars,
                const QTextBlockFormat &blocks)
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

QTextCharFormat headingFormat(double scale)
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setFontPointSize(12 * scale);
    f.setForeground(kHeadingColor);
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

QString TextDocumentBuilder::footnoteUrl(int number)
{
    return QStringLiteral("footnote:") + QString::number(number);
}

int TextDocumentBuilder::footnoteFromUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("footnote:")))
        return 0;
    return url.mid(9).toInt();
}

TextDocumentBuilder::Result TextDocumentBuilder::build(const Analysis &analysis, QTextDocument *document)
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
    styleBody(analysis, document);
    insertMarks(analysis, document, result);
    appendNotes(analysis, document, result);
    return result;
}

void TextDocumentBuilder::styleBody(const Analysis &a, QTextDocument *doc)
{
    if (a.cover.present && a.cover.at.start >= 0) {
        QTextCharFormat chars;
        chars.setForeground(QColor(0x4a, 0x55, 0x68));
        QTextBlockFormat blocks;
        blocks.setBackground(QColor(0xf4, 0xf6, 0xf9));
        styleRange(doc, a.cover.at.start, a.cover.at.end, chars, blocks);
    }
    if (a.titleAt.start >= 0)
        styleRange(doc, a.titleAt.start, a.titleAt.end, headingFormat(1.5), headingBlock(18));
    for (const Section &s : a.sections) {
        if (s.at.start >= 0)
            styleRange(doc, s.at.start, s.at.end, headingFormat(s.level <= 1 ? 1.25 : 1.08),
                       headingBlock(s.level <= 1 ? 16 : 10));
    }
}

void TextDocumentBuilder::insertMarks(const Analysis &a, QTextDocument *doc, Result &result)
{
    QTextCharFormat call;
    call.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    call.setAnchor(true);
    call.setForeground(kLinkColor);
    call.setFontWeight(QFont::DemiBold);
    QTextCharFormat page;
    page.setForeground(kMarkerColor);
    page.setFontPointSize(8.5);
    page.setFontFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});

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

void TextDocumentBuilder::appendNotes(const Analysis &a, QTextDocument *doc, Result &result)
{
    if (a.footnotes.isEmpty())
        return;
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat rule;
    rule.setTopMargin(28);
    rule.setBottomMargin(6);
    cursor.insertBlock(rule, headingFormat(1.08));
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
        number.setForeground(kLinkColor);
        number.setAnchor(true);
        number.setAnchorNames({QStringLiteral("note-") + QString::number(note.number)});
        cursor.insertText(QString::number(note.number), number);
        cursor.insertText(QStringLiteral("  ") + note.text, noteText);
    }
}

} // namespace diptych
