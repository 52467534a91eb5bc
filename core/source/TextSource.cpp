#include "source/TextSource.h"

#include "analysis/FurniturePatterns.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace diptych {

namespace {

// A line this long is a paragraph on its own (text copied from a web page).
constexpr int kParagraphLineLength = 220;
// Blank lines that end a page when nothing else marks the break.
constexpr int kBlankRunAfterFooter = 3;
constexpr int kBlankRunAlone = 10;

bool isBlank(const QString &line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// The sample format starts a page with a line that begins with exactly one space. Only
// trusted when few lines start that way: a text indented throughout is not paginated so.
bool usesSpacePageMarks(const QStringList &lines)
{
    int marked = 0, content = 0;
    for (const QString &line : lines) {
        if (isBlank(line))
            continue;
        ++content;
        if (line.size() > 1 && line[0] == QLatin1Char(' ') && !line[1].isSpace())
            ++marked;
    }
    return marked > 0 && marked * 4 < content + 4;
}

class PageBuilder
{
public:
    explicit PageBuilder(SourceDocument &doc) : m_doc(doc) { newPage(); }

    void newPage()
    {
        if (!m_doc.pages.isEmpty() && m_doc.pages.last().lines.isEmpty())
            return;
        Page page;
        page.index = m_doc.pages.size();
        m_doc.pages.append(page);
        m_blankRun = 0;
        m_lastWasLong = false;
    }

    void addBlank() { ++m_blankRun; }
    int blankRun() const { return m_blankRun; }
    bool pageHasLines() const { return !m_doc.pages.last().lines.isEmpty(); }
    const QString &lastText() const { return m_doc.pages.last().lines.last().text; }

    void addLine(const QString &raw)
    {
        Page &page = m_doc.pages.last();
        Line line;
        line.text = raw.trimmed();
        line.page = page.index;
        const bool isLong = line.text.size() >= kParagraphLineLength;
        line.gapBefore = !page.lines.isEmpty() && (m_blankRun > 0 || isLong || m_lastWasLong);
        page.lines.append(line);
        m_blankRun = 0;
        m_lastWasLong = isLong;
    }

private:
    SourceDocument &m_doc;
    int m_blankRun = 0;
    bool m_lastWasLong = false;
};

} // namespace

QString TextSource::decode(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(data);
    return QString::fromLatin1(data);
}

SourceDocument TextSource::parse(const QString &input, const QString &file)
{
    SourceDocument doc;
    doc.file = file;
    doc.format = SourceFormat::Text;

    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    const QStringList rawLines = text.split(QLatin1Char('\n'));
    const bool spaceMarks = usesSpacePageMarks(rawLines);

    PageBuilder pages(doc);
    for (QString raw : rawLines) {
        // pdftotext writes a form feed at the start of the next page's first line.
        while (raw.contains(QLatin1Char('\f'))) {
            const int ff = raw.indexOf(QLatin1Char('\f'));
            const QString before = raw.left(ff);
            if (!isBlank(before))
                pages.addLine(before);
            pages.newPage();
            raw = raw.mid(ff + 1);
        }
        if (isBlank(raw)) {
            pages.addBlank();
            continue;
        }
        const bool spaceMark = spaceMarks && raw.size() > 1 && raw[0] == QLatin1Char(' ') && !raw[1].isSpace();
        const bool blankBreak =
            pages.pageHasLines()
            && (pages.blankRun() >= kBlankRunAlone
                || (pages.blankRun() >= kBlankRunAfterFooter && FurniturePatterns::isPageFooter(pages.lastText())));
        if ((spaceMark || blankBreak) && pages.pageHasLines())
            pages.newPage();
        pages.addLine(raw);
    }
    if (doc.pages.size() > 1 && doc.pages.last().lines.isEmpty())
        doc.pages.removeLast();
    return doc;
}

LoadResult TextSource::load(const QString &path)
{
    LoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open: ") + file.errorString();
        return result;
    }
    result.document = parse(decode(file.readAll()), path);
    return result;
}

} // namespace diptych
