#include "analysis/FootnoteDetector.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace diptych {

namespace {

using RE = QRegularExpression;

// Superscript digits as text copied from a web page or a word processor writes them.
const QString kSuperscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");

QString superscript(int n)
{
    QString out;
    for (QChar c : QString::number(n))
        out += kSuperscripts[c.digitValue()];
    return out;
}

int superscriptValue(const QString &digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + int(kSuperscripts.indexOf(c));
    return value;
}

// Where the superscript number stands after a word, -1 if nowhere.
int superscriptOffset(const QString &text, const QString &raised)
{
    for (int at = text.indexOf(raised, 1); at > 0; at = text.indexOf(raised, at + 1)) {
        const int after = at + raised.size();
        if (!text[at - 1].isSpace() && (after >= text.size() || !kSuperscripts.contains(text[after]))
            && !kSuperscripts.contains(text[at - 1]))
            return at;
    }
    return -1;
}

const RE &noteStart()
{
    static const RE re(QStringLiteral("^(?:(\\d{1,3})\\s+|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\\s*)\\S"));
    return re;
}

int noteNumber(const QString &text)
{
    const auto m = noteStart().match(text);
    if (!m.hasMatch())
        return 0;
    return m.capturedLength(1) ? m.captured(1).toInt() : superscriptValue(m.captured(2));
}

bool endsOpen(const QString &text)
{
    static const RE closed(QStringLiteral("[.!?)\\]”\"]\\s*$"));
    return !closed.match(text).hasMatch();
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

class Detector
{
public:
    explicit Detector(SourceDocument &doc) : m_doc(doc)
    {
        QVector<double> sizes;
        for (const Page &page : doc.pages) {
            for (const Line &line : page.lines) {
                if (line.role != LineRole::Furniture && line.fontSize > 0)
                    sizes << line.fontSize;
                for (const Word &w : line.words)
                    m_hasRaisedWords = m_hasRaisedWords || w.raised;
            }
        }
        m_bodySize = median(sizes);
    }

    QVector<FootnoteDraft> run()
    {
        for (int p = 0; p < m_doc.pages.size(); ++p)
            detectOnPage(p);
        return m_notes;
    }

private:
    // Indexes of the lines of a page that are not furniture.
    QVector<int> contentLines(int p) const
    {
        QVector<int> out;
        const Page &page = m_doc.pages[p];
        for (int i = 0; i < page.lines.size(); ++i) {
            if (page.lines[i].role != LineRole::Furniture)
                out << i;
        }
        return out;
    }

    bool smallType(const Line &line) const
    {
        return m_bodySize > 0 && line.fontSize > 0 && line.fontSize < m_bodySize * 0.92;
    }

    bool knowsFontSizes() const { return m_bodySize > 0; }

    // Lines [from, end) of the page can be the footnote zone starting with note `expected`.
    bool isZone(int p, const QVector<int> &lines, int from, int expected) const
    {
        const Page &page = m_doc.pages[p];
        int next = expected;
        for (int k = from; k < lines.size(); ++k) {
            const Line &line = page.lines[lines[k]];
            if (knowsFontSizes() && !smallType(line))
                return false;
            const int n = noteNumber(line.text);
            if (k == from && n != expected)
                return false;
            if (n == next) {
                ++next;
                continue;
            }
            // A continuation line: in plain text it follows its note without a blank line.
            if (!knowsFontSizes() && line.gapBefore)
                return false;
        }
        return true;
    }

    void detectOnPage(int p)
    {
        const QVector<int> lines = contentLines(p);
        const int expected = m_notes.isEmpty() ? 1 : m_notes.last().number + 1;
        int zone = -1;
        for (int k = 0; k < lines.size(); ++k) {
            const Line &line = m_doc.pages[p].lines[lines[k]];
            const bool starts = k == 0 || line.gapBefore || smallType(line);
            if (starts && noteNumber(line.text) == expected && isZone(p, lines, k, expected)
                && (findCalls(p, lines, k, expected, /*commit=*/false) || raisedNoteNumber(line))) {
                zone = k;
                break;
            }
        }
        appendContinuation(p, lines, zone < 0 ? lines.size() : zone);
        if (zone < 0)
            return;
        for (int k = zone; k < lines.size(); ++k) {
            Line &line = m_doc.pages[p].lines[lines[k]];
            line.role = LineRole::Footnote;
            const int n = noteNumber(line.text);
            const bool isNew = n == (m_notes.isEmpty() ? 1 : m_notes.last().number + 1);
            if (isNew) {
                findCalls(p, lines, zone, n, /*commit=*/true);
                m_notes.append(FootnoteDraft{n, {}});
            }
            m_notes.last().lines.append(LineRef{p, lines[k]});
        }
    }

    // The note that ended the previous page may go on at the bottom of this one, before the
    // first new note: small type in a PDF; in text, a lower-case block after a blank line.
    void appendContinuation(int p, const QVector<int> &lines, int zone)
    {
        if (m_notes.isEmpty() || m_notes.last().lines.last().page != p - 1)
            return;
        const LineRef last = m_notes.last().lines.last();
        if (!endsOpen(m_doc.pages[last.page].lines[last.line].text))
            return;
        int from = zone;
        while (from > 0) {
            const Line &line = m_doc.pages[p].lines[lines[from - 1]];
            if (knowsFontSizes() ? !smallType(line) : false)
                break;
            --from;
            if (!knowsFontSizes() && line.gapBefore)
                break;
        }
        if (from >= zone || from == 0)
            return;
        const Line &first = m_doc.pages[p].lines[lines[from]];
        if (!first.gapBefore || (!knowsFontSizes() && !first.text.at(0).isLower()))
            return;
        for (int k = from; k < zone; ++k) {
            if (!alignsWithNoteText(m_doc.pages[p].lines[lines[k]]))
                return;
        }
        for (int k = from; k < zone; ++k) {
            m_doc.pages[p].lines[lines[k]].role = LineRole::Footnote;
            m_notes.last().lines.append(LineRef{p, lines[k]});
        }
    }

    // A note number set raised before small type at the start of a line is a note even when
    // its call is not found (a call digit the PDF did not set raised): better a note without
    // its call than a note read as running text.
    bool raisedNoteNumber(const Line &line) const
    {
        return knowsFontSizes() && smallType(line) && line.words.size() > 1 && line.words.first().raised;
    }

    // In a PDF a note's lines after the number start where its text does: a continuation
    // on the next page starts there too, while a table or a caption in small type does not.
    bool alignsWithNoteText(const Line &line) const
    {
        if (line.box.isNull())
            return true;
        const FootnoteDraft &note = m_notes.last();
        QVector<double> lefts;
        for (int i = 0; i < note.lines.size(); ++i) {
            const Line &noteLine = m_doc.pages[note.lines[i].page].lines[note.lines[i].line];
            if (i > 0) {
                lefts << noteLine.box.left();
            } else if (noteLine.words.size() > 1) {
                lefts << noteLine.words[1].box.left(); // the word after the number
            }
        }
        constexpr double kTolerance = 3.0;
        return lefts.isEmpty() || std::any_of(lefts.begin(), lefts.end(), [&](double left) {
                   return std::abs(line.box.left() - left) <= kTolerance;
               });
    }

    // Looks for the call mark of note n in the body: on its own page above the zone first,
    // then on the previous page. With commit, records it as a CallMark.
    bool findCalls(int p, const QVector<int> &lines, int zone, int n, bool commit)
    {
        for (int k = 0; k < zone; ++k) {
            if (markCall(m_doc.pages[p].lines[lines[k]], n, commit))
                return true;
        }
        if (p > 0) {
            Page &prev = m_doc.pages[p - 1];
            for (int i = prev.lines.size() - 1; i >= 0; --i) {
                if (prev.lines[i].role == LineRole::Body && markCall(prev.lines[i], n, commit))
                    return true;
            }
        }
        return false;
    }

    // Where the raised number n stands in the line's text, -1 if it has none: the PDF tells
    // a call by its place above the baseline, whatever stands before it ("»?1", "691)16").
    static int raisedOffset(const Line &line, int n)
    {
        const QString digits = QString::number(n);
        qsizetype at = 0;
        for (const Word &w : line.words) {
            const qsizetype found = line.text.indexOf(w.text, at);
            if (found < 0)
                return -1;
            if (w.raised && w.text == digits && found > 0)
                return int(found);
            at = found + w.text.size();
        }
        return -1;
    }

    bool markCall(Line &line, int n, bool commit)
    {
        if (line.role != LineRole::Body && line.role != LineRole::Cover)
            return false;
        for (const CallMark &c : std::as_const(line.calls)) {
            if (c.number == n)
                return true;
        }
        int offset = -1;
        int length = QString::number(n).size();
        if (m_hasRaisedWords) {
            offset = raisedOffset(line, n);
        } else {
            // A superscript number after a word is a call wherever it stands.
            const QString raised = superscript(n);
            offset = superscriptOffset(line.text, raised);
            if (offset >= 0)
                length = raised.size();
            else
                offset = callOffset(line.text, n);
        }
        if (offset < 0)
            return false;
        if (commit)
            line.calls.append(CallMark{offset, length, n});
        return true;
    }

    // Where the call mark n stands in text: glued to a word ("dreigingen1.") or after
    // punctuation ("geleverd.1", "gaan?1"); -1 if nowhere.
    static int callOffset(const QString &text, int n)
    {
        const QString num = QString::number(n);
        if (!text.contains(num))
            return -1;
        // One expression for every number (compiled once): the digits are compared after.
        static const RE re(
            QStringLiteral("(?<=\\p{L}\\p{L}|[\\p{L}\\d)\\]”\"’'][.,;:!?)])(\\d{1,3})(?=[\\s.,;:!?)\\]]|$)"));
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(1) != num)
                continue;
            const int at = m.capturedStart(1);
            // After a digit and a point ("2029.3") only at the end of a sentence, not "1,6".
            if (at >= 2 && text[at - 2].isDigit()) {
                const QString rest = text.mid(at + num.size());
                if (text[at - 1] != QLatin1Char('.')
                    || !(rest.trimmed().isEmpty()
                         || (rest.startsWith(QLatin1Char(' ')) && rest.trimmed().at(0).isUpper())))
                    continue;
            }
            return at;
        }
        return afterYear(text, num);
    }

    // A call glued to a year ("in mei 20123." for note 3 after 2012): only where the digits
    // read as a year of the modern era and punctuation or the line end follows.
    static int afterYear(const QString &text, const QString &num)
    {
        static const RE re(QStringLiteral("(?<!\\d)(?:19[4-9]\\d|20\\d\\d)(\\d{1,3})(?=[.,;:)]|$)"));
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(1) == num)
                return m.capturedStart(1);
        }
        return -1;
    }

    SourceDocument &m_doc;
    double m_bodySize = 0;
    bool m_hasRaisedWords = false;
    QVector<FootnoteDraft> m_notes;
};

} // namespace

QVector<FootnoteDraft> FootnoteDetector::run(SourceDocument &doc) { return Detector(doc).run(); }

} // namespace diptych
