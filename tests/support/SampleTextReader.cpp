#include "SampleTextReader.h"

#include <QRegularExpression>
#include <QStringList>

namespace diptych::test {

namespace {

bool opensPage(const QString &raw)
{
    return raw.startsWith(QLatin1Char('\f')) || (raw.size() > 1 && raw[0] == QLatin1Char(' ') && !raw[1].isSpace());
}

} // namespace

bool SampleTextReader::isFooter(const QString &line)
{
    static const QRegularExpression footer(QStringLiteral(
        "^(?:Tweede Kamer, vergaderjaar \\d{4}[–-]\\d{4}, [^,]+, nr\\. \\d+(?: \\d{1,3})?|Pagina \\d+ van \\d+)$"));
    return footer.match(line.trimmed()).hasMatch();
}

SourceDocument SampleTextReader::read(const QByteArray &bytes, const QString &file)
{
    SourceDocument doc;
    doc.file = file;
    doc.format = SourceFormat::Text;
    doc.pages.append(Page{});
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    bool blank = false;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (raw.trimmed().isEmpty()) {
            blank = true;
            continue;
        }
        Page *page = &doc.pages.last();
        const bool afterFooter = !page->lines.isEmpty() && isFooter(page->lines.last().text);
        if ((opensPage(raw) || afterFooter) && !page->lines.isEmpty()) {
            doc.pages.append(Page{});
            page = &doc.pages.last();
            page->index = doc.pages.size() - 1;
        }
        Line line;
        line.text = raw.trimmed();
        line.page = page->index;
        line.gapBefore = blank && !page->lines.isEmpty();
        page->lines.append(line);
        blank = false;
    }
    return doc;
}

} // namespace diptych::test
