#include "KamerstukFlow.h"

#include <QRegularExpression>

namespace diptych::test {

namespace {

const QChar kSoftHyphen(0x00AD);

void collectCalls(TypeLine &line, const TypeWord &word)
{
    for (const TypeRun &run : word.runs) {
        if (run.superscript)
            line.calls.append(run.text.toInt());
    }
}

// Greedy line filling. A word that does not fit is split at the last soft hyphen that
// leaves a fitting "prefix-"; a word without such a break starts the next line.
class LineFiller
{
public:
    LineFiller(const KamerstukTypesetter &type, TypeStyle style) : m_type(type) { m_line.style = style; }

    void add(QString token)
    {
        while (!token.isEmpty()) {
            QString plain = token;
            plain.remove(kSoftHyphen);
            if (fits(plain) || (m_line.words.isEmpty() && !splitFits(token))) {
                append(plain);
                return;
            }
            if (splitFits(token)) {
                const int at = lastFittingSplit(token);
                QString prefix = token.left(at);
                prefix.remove(kSoftHyphen);
                append(prefix + QLatin1Char('-'));
                token = token.mid(at + 1);
            }
            flush();
        }
    }

    QVector<TypeLine> finish()
    {
        flush();
        return m_lines;
    }

private:
    bool fits(const QString &word) const
    {
        TypeLine probe = m_line;
        probe.words.append(KamerstukFlow::markupWord(word));
        return m_type.width(probe) <= KamerstukTypesetter::textWidth();
    }

    int lastFittingSplit(const QString &token) const
    {
        for (int i = token.lastIndexOf(kSoftHyphen); i > 0; i = token.lastIndexOf(kSoftHyphen, i - 1)) {
            QString prefix = token.left(i);
            prefix.remove(kSoftHyphen);
            if (fits(prefix + QLatin1Char('-')))
                return i;
        }
        return -1;
    }

    bool splitFits(const QString &token) const { return lastFittingSplit(token) > 0; }

    void append(const QString &word)
    {
        const TypeWord w = KamerstukFlow::markupWord(word);
        collectCalls(m_line, w);
        m_line.words.append(w);
    }

    void flush()
    {
        if (m_line.words.isEmpty())
            return;
        m_lines.append(m_line);
        m_line.words.clear();
        m_line.calls.clear();
    }

    const KamerstukTypesetter &m_type;
    TypeLine m_line;
    QVector<TypeLine> m_lines;
};

QVector<TypeLine> wrap(const QString &text, TypeStyle style, double spaceBefore, const KamerstukTypesetter &type)
{
    LineFiller filler(type, style);
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        filler.add(token);
    QVector<TypeLine> lines = filler.finish();
    if (!lines.isEmpty())
        lines.first().spaceBefore = spaceBefore;
    return lines;
}

QVector<TypeLine> headerLines(const QStringList &header)
{
    QVector<TypeLine> lines;
    double space = 0;
    for (const QString &text : header) {
        if (text.trimmed().isEmpty()) {
            space = KamerstukTypesetter::kParagraphSpace;
            continue;
        }
        TypeLine line;
        line.style = lines.isEmpty() ? TypeStyle::Title : TypeStyle::Header;
        line.spaceBefore = space;
        space = 0;
        const QStringList columns = text.split(QLatin1Char('\t'));
        for (int c = 0; c < columns.size(); ++c) {
            const QStringList words = columns[c].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (int w = 0; w < words.size(); ++w) {
                TypeWord word{{{words[w], false}}, c > 0 && w == 0};
                line.words.append(word);
            }
        }
        lines.append(line);
    }
    return lines;
}

// Cuts the flow into pages; a line with calls takes its footnotes along.
class Paginator
{
public:
    Paginator(const KamerstukSpec &spec, const KamerstukTypesetter &type) : m_type(type)
    {
        for (auto it = spec.footnotes.cbegin(); it != spec.footnotes.cend(); ++it) {
            QVector<TypeLine> lines = wrap(it.value(), TypeStyle::Footnote, 0, type);
            if (!lines.isEmpty())
                lines.first().hanging = QString::number(it.key());
            m_notes.insert(it.key(), lines);
        }
    }

    void add(const TypeLine &line)
    {
        QVector<TypeLine> notes;
        for (int n : line.calls)
            notes += m_notes.take(n); // a footnote is set once, at its first call
        if (!placeOnPage(line, notes, m_page.body.isEmpty())) {
            pageBreak();
            placeOnPage(line, notes, true);
        }
    }

    void pageBreak()
    {
        if (m_page.body.isEmpty() && m_page.notes.isEmpty())
            return;
        m_pages.append(m_page);
        m_page = TypePage();
        m_used = 0;
        // A footnote longer than a page continues again; leave room for some body text.
        while (!m_carry.isEmpty() && m_type.notesHeight(m_page.notes + m_carry.mid(0, 1)) <= 0.75 * room())
            m_page.notes.append(m_carry.takeFirst());
    }

    QVector<TypePage> finish()
    {
        pageBreak();
        while (!m_page.notes.isEmpty())
            pageBreak();
        return m_pages;
    }

private:
    static double room() { return KamerstukTypesetter::kBodyBottom - KamerstukTypesetter::kTop; }

    double need(const TypeLine &line, const QVector<TypeLine> &notes) const
    {
        return m_used + m_type.advance(line, m_page.body.isEmpty()) + m_type.notesHeight(m_page.notes + notes);
    }

    // Places the line with as many of its note lines as fit; the rest continue on the next
    // page. False when the line should start the next page instead (only when not fresh).
    bool placeOnPage(const TypeLine &line, const QVector<TypeLine> &notes, bool fresh)
    {
        if (need(line, notes) <= room()) {
            place(line, notes);
            return true;
        }
        int fitting = notes.size();
        while (fitting > 0 && need(line, notes.mid(0, fitting)) > room())
            --fitting;
        if (fitting == 0 && !fresh)
            return false;
        place(line, notes.mid(0, fitting));
        m_carry += notes.mid(fitting);
        pageBreak();
        return true;
    }

    void place(const TypeLine &line, const QVector<TypeLine> &notes)
    {
        m_used += m_type.advance(line, m_page.body.isEmpty());
        m_page.body.append(line);
        m_page.notes += notes;
    }

    const KamerstukTypesetter &m_type;
    QMap<int, QVector<TypeLine>> m_notes;
    QVector<TypePage> m_pages;
    TypePage m_page;
    QVector<TypeLine> m_carry;
    double m_used = 0;
};

} // namespace

TypeWord KamerstukFlow::markupWord(const QString &token)
{
    static const QRegularExpression call(QStringLiteral("\\^(\\d+)"));
    TypeWord word;
    int at = 0;
    for (auto it = call.globalMatch(token); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > at)
            word.runs.append({token.mid(at, m.capturedStart() - at), false});
        word.runs.append({m.captured(1), true});
        at = m.capturedEnd();
    }
    if (at < token.size())
        word.runs.append({token.mid(at), false});
    return word;
}

TypeWord KamerstukFlow::exportWord(const QString &token, const QSet<int> &footnotes)
{
    static const QRegularExpression call(QStringLiteral("^(.*[\\p{L}.,;:)\\]»”’'\"%])(\\d{1,2})([.,;:)]*)$"));
    const auto m = call.match(token);
    if (!m.hasMatch() || !footnotes.contains(m.captured(2).toInt()))
        return TypeWord{{{token, false}}, false};
    TypeWord word;
    word.runs.append({m.captured(1), false});
    word.runs.append({m.captured(2), true});
    if (!m.captured(3).isEmpty())
        word.runs.append({m.captured(3), false});
    return word;
}

QVector<TypePage> KamerstukFlow::pages(const KamerstukSpec &spec, const KamerstukTypesetter &type)
{
    Paginator paginator(spec, type);
    for (const TypeLine &line : headerLines(spec.header))
        paginator.add(line);
    bool first = true;
    for (const KamerstukSpec::Block &block : spec.blocks) {
        using Kind = KamerstukSpec::Block::Kind;
        if (block.kind == Kind::PageBreak) {
            paginator.pageBreak();
            first = true;
            continue;
        }
        const double space =
            first && spec.header.isEmpty() ? 0 : KamerstukTypesetter::kParagraphSpace * (first ? 2 : 1);
        const TypeStyle style = block.kind == Kind::Heading ? TypeStyle::Heading : TypeStyle::Body;
        for (const TypeLine &line : wrap(block.text, style, space, type))
            paginator.add(line);
        first = false;
    }
    QVector<TypePage> pages = paginator.finish();
    for (int i = 0; i < pages.size(); ++i) {
        pages[i].footerLeft = spec.footer;
        pages[i].footerRight = QString::number(i + 1);
    }
    return pages;
}

} // namespace diptych::test
