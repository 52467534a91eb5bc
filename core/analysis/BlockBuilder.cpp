#include "analysis/BlockBuilder.h"

#include <QRegularExpression>

#include <algorithm>

namespace diptych {

namespace {

bool endsSentence(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[.!?:;]\\s*[\\d)”\"’]*\\s*$"));
    return re.match(text).hasMatch();
}

bool hasFinalPunctuation(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[.,;:!?]\\s*$"));
    return re.match(text).hasMatch();
}

bool startsUpper(const QString &text) { return !text.isEmpty() && (text[0].isUpper() || text[0].isDigit()); }

int medianLength(const SourceDocument &doc)
{
    QVector<int> lengths;
    for (const Page &page : doc.pages) {
        for (const Line &line : page.lines) {
            if (line.role == LineRole::Body)
                lengths << line.text.size();
        }
    }
    if (lengths.isEmpty())
        return 0;
    std::sort(lengths.begin(), lengths.end());
    return lengths[lengths.size() / 2];
}

bool sizeChanges(const Line &a, const Line &b)
{
    if (a.fontSize <= 0 || b.fontSize <= 0)
        return false;
    return qAbs(a.fontSize - b.fontSize) > 0.12 * qMax(a.fontSize, b.fontSize);
}

// "1. De Gezondheidsraad adviseert …", "2) …", "• …", "– …": an item of a list.
bool startsListItem(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d{1,2}[.)]|[a-z][.)]|[•·▪●–-])\\s+\\S"));
    return re.match(text).hasMatch();
}

} // namespace

QVector<Block> BlockBuilder::run(const SourceDocument &doc)
{
    QVector<Block> blocks;
    const int typical = medianLength(doc);
    const Line *previous = nullptr;
    for (const Page &page : doc.pages) {
        for (int i = 0; i < page.lines.size(); ++i) {
            const Line &line = page.lines[i];
            if (line.role != LineRole::Body)
                continue;
            bool split = previous == nullptr || line.gapBefore || sizeChanges(*previous, line);
            // Across a page break a paragraph goes on only when its sentence does: the line
            // before is unfinished and full, or the next one starts in lower case.
            if (!split && previous->page != line.page)
                split = endsSentence(previous->text)
                        || (startsUpper(line.text) && !previous->text.endsWith(QLatin1Char('-'))
                            && previous->text.size() < typical * 0.8);
            // A short line without final punctuation, alone so far, above a capitalised line:
            // a heading with no space below it.
            if (!split && blocks.last().lines.size() == 1 && typical > 0 && previous->text.size() < typical * 0.6
                && !hasFinalPunctuation(previous->text) && startsUpper(previous->text) && startsUpper(line.text))
                split = true;
            // A list item starts a block after a line that ends a sentence or introduces it.
            if (!split && startsListItem(line.text) && endsSentence(previous->text))
                split = true;
            if (split)
                blocks.append(Block{});
            blocks.last().lines.append(LineRef{page.index, i});
            previous = &line;
        }
    }
    return blocks;
}

QString BlockBuilder::plainText(const SourceDocument &doc, const Block &block)
{
    QStringList parts;
    for (const LineRef &ref : block.lines)
        parts << line(doc, ref).text;
    return parts.join(QLatin1Char(' '));
}

} // namespace diptych
