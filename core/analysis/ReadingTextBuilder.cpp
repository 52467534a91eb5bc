#include "analysis/ReadingTextBuilder.h"

#include "analysis/BlockBuilder.h"
#include "analysis/Dehyphenator.h"

#include <QHash>
#include <QRegularExpression>

namespace diptych {

namespace {

// The line's text without its footnote call marks; the marks' positions in the result.
QString withoutCalls(const Line &line, QVector<QPair<int, int>> &marks)
{
    QString text = line.text;
    QVector<CallMark> calls = line.calls;
    std::sort(calls.begin(), calls.end(), [](const CallMark &a, const CallMark &b) { return a.offset > b.offset; });
    for (const CallMark &c : calls)
        text.remove(c.offset, c.length);
    std::sort(calls.begin(), calls.end(), [](const CallMark &a, const CallMark &b) { return a.offset < b.offset; });
    int removed = 0;
    for (const CallMark &c : calls) {
        marks.append({c.offset - removed, c.number});
        removed += c.length;
    }
    return text;
}

// A line ending in a letter and a hyphen asks to be joined with the next line's first word.
bool endsWithBreakHyphen(const QString &text)
{
    return text.size() >= 2 && (text.endsWith(QLatin1Char('-')) || text.endsWith(QChar(0x00AD)))
           && text[text.size() - 2].isLetter();
}

// A web address broken at the line end ("https://" | "www.…", "…/woonwijken-" | "ligt-…",
// "…provincies" | "%202022.pdf") goes on without a space, its hyphens kept: typesetters break
// addresses after a slash or hyphen and never add a hyphen of their own.
bool continuesUrl(const QString &text, const QString &next)
{
    if (next.isEmpty() || next[0].isSpace())
        return false;
    const QStringView last = QStringView(text).mid(text.lastIndexOf(QLatin1Char(' ')) + 1);
    const bool url = last.contains(QLatin1String("://")) || last.startsWith(QLatin1String("www."))
                     || last.startsWith(QLatin1String("(www.")) || last.startsWith(QLatin1String("(http"));
    if (!url)
        return false;
    const QChar end = last.back();
    if (QStringView(u"/-_%=&?~#").contains(end) || next[0] == QLatin1Char('%'))
        return true;
    return end == QLatin1Char('.') && (next[0].isLower() || next[0].isDigit());
}

QRectF unionOf(const SourceDocument &doc, const QVector<LineRef> &lines)
{
    QRectF rect;
    for (const LineRef &ref : lines) {
        if (ref.page != lines.first().page)
            break;
        rect = rect.united(BlockBuilder::line(doc, ref).box);
    }
    return rect;
}

// The last three words before position, as the regex (\S+\s+){0,2}\S+$ would find them,
// scanned backwards by hand: that regex tried every start in the text before it, once per
// footnote call, and cost more than the rest of the reading text.
QString wordsBefore(const QString &text, int position)
{
    const auto space = [](QChar c) { return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0D); };
    qsizetype end = qMin<qsizetype>(position, text.size());
    if (end > 0 && text[end - 1] == QLatin1Char('\n'))
        --end; // $ also matches before a final newline
    if (end == 0 || space(text[end - 1]))
        return {};
    qsizetype begin = end;
    qsizetype wordEnd = end;
    for (int words = 0; words < 3 && wordEnd > 0; ++words) {
        qsizetype i = wordEnd;
        while (i > 0 && !space(text[i - 1]))
            --i;
        begin = i;
        while (i > 0 && space(text[i - 1]))
            --i;
        wordEnd = i;
    }
    return text.mid(begin, end - begin).simplified();
}

} // namespace

ReadingTextBuilder::ReadingTextBuilder(const SourceDocument &doc, const Dehyphenator &dehyphenator)
    : m_doc(doc), m_dehyphenator(dehyphenator)
{
}

QString ReadingTextBuilder::joinLines(const QVector<LineRef> &lines, int baseOffset, QVector<TextSpan> *spans,
                                      QVector<QPair<int, int>> *calls) const
{
    QString text;
    for (const LineRef &ref : lines) {
        QVector<QPair<int, int>> marks;
        QString piece = withoutCalls(BlockBuilder::line(m_doc, ref), marks).trimmed();
        int spanStart = text.size();
        if (!text.isEmpty() && continuesUrl(text, piece)) {
            spanStart = text.size();
            for (auto &mark : marks)
                mark.first += spanStart;
            text += piece;
        } else if (!text.isEmpty() && endsWithBreakHyphen(text) && !piece.isEmpty() && piece[0].isLetter()) {
            const int wordStart = text.lastIndexOf(QLatin1Char(' ')) + 1;
            const int rightEnd = piece.indexOf(QLatin1Char(' '));
            const QString right = rightEnd < 0 ? piece : piece.left(rightEnd);
            QString left = text.mid(wordStart);
            if (left.endsWith(QChar(0x00AD)))
                left[left.size() - 1] = QLatin1Char('-');
            const QString joined = m_dehyphenator.join(left, right);
            text.truncate(wordStart);
            text += joined;
            const int consumed = right.size();
            for (auto &mark : marks)
                mark.first += text.size() - consumed;
            spanStart = text.size();
            piece = piece.mid(consumed);
            text += piece;
        } else {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            spanStart = text.size();
            for (auto &mark : marks)
                mark.first += spanStart;
            text += piece;
        }
        if (spans)
            spans->append(TextSpan{baseOffset + spanStart, baseOffset + int(text.size()), ref.page, ref.line});
        if (calls) {
            for (const auto &mark : marks)
                calls->append({baseOffset + mark.first, mark.second});
        }
    }
    return text;
}

void ReadingTextBuilder::build(QVector<Block> &blocks, const QVector<FootnoteDraft> &notes, Analysis &out) const
{
    QVector<QPair<int, int>> calls; // (offset, note number)
    for (Block &block : blocks) {
        if (!out.text.isEmpty())
            out.text += QStringLiteral("\n\n");
        block.start = out.text.size();
        out.text += joinLines(block.lines, block.start, &out.spans, &calls);
        block.end = out.text.size();
    }

    QHash<int, int> noteIndex;
    for (const FootnoteDraft &draft : notes) {
        Footnote note;
        note.number = draft.number;
        QString text = joinLines(draft.lines, 0, nullptr, nullptr);
        static const QRegularExpression number(QStringLiteral("^(?:\\d{1,3}\\s+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\\s*)"));
        text.remove(number);
        note.text = text;
        note.at.page = draft.lines.first().page;
        note.at.rect = unionOf(m_doc, draft.lines);
        note.at.start = out.notesText.size() + QString::number(note.number).size() + 1;
        out.notesText += QString::number(note.number) + QLatin1Char(' ') + text;
        note.at.end = out.notesText.size();
        out.notesText += QLatin1Char('\n');
        noteIndex.insert(note.number, out.footnotes.size());
        out.footnotes.append(note);
    }
    for (const auto &call : calls) {
        if (!noteIndex.contains(call.second))
            continue;
        FootnoteCall fc;
        fc.at.start = fc.at.end = call.first;
        fc.before = wordsBefore(out.text, call.first);
        out.footnotes[noteIndex.value(call.second)].calls.append(fc);
    }
}

} // namespace diptych
