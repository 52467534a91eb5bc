#include "SampleTextPages.h"

#include "KamerstukFlow.h"
#include "KamerstukSpec.h"

#include "SampleTextReader.h"

#include <QRegularExpression>

namespace diptych::test {

namespace {

const QRegularExpression &footnoteStart()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}) (\\S.*)$"));
    return re;
}

// How the sample numbers its pages, taken from the first footer line it has.
struct FooterStyle {
    QString left = KamerstukSpec::defaultFooter();
    int offset = 0; // printed number minus (index + 1)
    bool paginaVan = false; // "Pagina N van M"

    static FooterStyle from(const SourceDocument &text)
    {
        static const QRegularExpression numbered(QStringLiteral("^(.*\\S)\\s+(\\d{1,4})$"));
        static const QRegularExpression pagina(QStringLiteral("^Pagina\\s+\\d+\\s+van\\s+\\d+$"),
                                               QRegularExpression::CaseInsensitiveOption);
        FooterStyle style;
        for (const Page &page : text.pages) {
            for (const Line &line : page.lines) {
                if (!SampleTextReader::isFooter(line.text))
                    continue;
                if (pagina.match(line.text).hasMatch()) {
                    style.paginaVan = true;
                    return style;
                }
                const auto m = numbered.match(line.text);
                if (m.hasMatch() && SampleTextReader::isFooter(m.captured(1))) {
                    style.left = m.captured(1);
                    style.offset = m.captured(2).toInt() - (page.index + 1);
                    return style;
                }
            }
        }
        return style;
    }

    void apply(TypePage &page, int index, int count) const
    {
        if (paginaVan) {
            page.footerCenter = QStringLiteral("Pagina %1 van %2").arg(index + 1).arg(count);
            return;
        }
        page.footerLeft = left;
        page.footerRight = QString::number(index + 1 + offset);
    }
};

// The page's lines without footer lines, split into blocks at blank lines.
QVector<QVector<Line>> blocksOf(const Page &page)
{
    QVector<QVector<Line>> blocks;
    for (const Line &line : page.lines) {
        if (SampleTextReader::isFooter(line.text))
            continue;
        if (blocks.isEmpty() || line.gapBefore)
            blocks.append(QVector<Line>());
        blocks.last().append(line);
    }
    return blocks;
}

// Footnote lines: "N text" starts footnote N when N follows the previous number.
QVector<TypeLine> noteLines(const QVector<QVector<Line>> &blocks, int first, QSet<int> &numbers)
{
    QVector<TypeLine> notes;
    int last = -1;
    for (int b = first; b < blocks.size(); ++b) {
        for (const Line &source : blocks[b]) {
            TypeLine line;
            line.style = TypeStyle::Footnote;
            QString text = source.text;
            const auto m = footnoteStart().match(text);
            if (m.hasMatch() && (last < 0 || m.captured(1).toInt() == last + 1)) {
                last = m.captured(1).toInt();
                numbers.insert(last);
                line.hanging = m.captured(1);
                text = m.captured(2);
            }
            for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                line.words.append(TypeWord{{{token, false}}, false});
            notes.append(line);
        }
    }
    return notes;
}

TypePage typeset(const Page &page)
{
    const QVector<QVector<Line>> blocks = blocksOf(page);
    int firstNote = blocks.size();
    while (firstNote > 1 && footnoteStart().match(blocks[firstNote - 1].first().text).hasMatch())
        --firstNote;
    TypePage result;
    QSet<int> numbers;
    result.notes = noteLines(blocks, firstNote, numbers);
    for (int b = 0; b < firstNote; ++b) {
        for (const Line &source : blocks[b]) {
            TypeLine line;
            line.spaceBefore = source.gapBefore ? KamerstukTypesetter::kParagraphSpace : 0;
            for (const QString &token : source.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                line.words.append(KamerstukFlow::exportWord(token, numbers));
                for (const TypeRun &run : line.words.last().runs) {
                    if (run.superscript)
                        line.calls.append(run.text.toInt());
                }
            }
            result.body.append(line);
        }
    }
    return result;
}

} // namespace

QVector<TypePage> SampleTextPages::pages(const SourceDocument &text)
{
    const FooterStyle footer = FooterStyle::from(text);
    QVector<TypePage> pages;
    for (const Page &page : text.pages)
        pages.append(typeset(page));
    for (int i = 0; i < pages.size(); ++i)
        footer.apply(pages[i], i, pages.size());
    return pages;
}

} // namespace diptych::test
