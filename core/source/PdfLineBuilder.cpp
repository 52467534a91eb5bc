#include "source/PdfLineBuilder.h"

#include "model/TextColumn.h"

#include <algorithm>
#include <cmath>

namespace diptych {

namespace {

// A superscript is set at most this fraction of the line's usual word height.
constexpr double kSuperscriptHeight = 0.75;
// ... and its baseline lies at least this fraction of that height above the line's.
constexpr double kSuperscriptRise = 0.15;
// A horizontal gap of this fraction of the word height separates two words.
constexpr double kSpaceGap = 0.1;
// A line further below its predecessor than this many usual pitches opens a paragraph.
constexpr double kParagraphPitch = 1.4;
// Without enough ordinary lines on a page (a short letter with a blank line after every
// line) the median pitch is a paragraph pitch; no body text is set looser than this.
constexpr double kMaxUsualPitch = 1.35;
// Font sizes that differ by more than this fraction start a new block.
constexpr double kSizeChange = 0.15;
// A word starts at the text column's left edge within this many points.
constexpr double kColumnTolerance = 2.0;

struct Item {
    Word word;
    bool spaceAfter = false;
};

struct Row {
    QVector<Item> items;
    QRectF box;
    QRectF core; // the words that are not raised: the line's own baseline and size
    double height = 0;
};

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double overlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

bool isSmallNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 3)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Rows of words whose boxes overlap vertically by at least half the smaller box.
QVector<Row> groupRows(QVector<Item> items)
{
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.word.box.center().y() < b.word.box.center().y(); });
    QVector<Row> rows;
    for (const Item &item : items) {
        const QRectF &box = item.word.box;
        int best = -1;
        double bestRatio = 0.5;
        for (int r = rows.size() - 1; r >= 0 && rows[r].box.bottom() > box.top() - box.height(); --r) {
            const double ratio = overlap(rows[r].box, box) / std::min(rows[r].box.height(), box.height());
            if (ratio >= bestRatio) {
                bestRatio = ratio;
                best = r;
            }
        }
        if (best < 0) {
            rows.append(Row());
            best = rows.size() - 1;
        }
        rows[best].items.append(item);
        rows[best].box = rows[best].box.isNull() ? box : rows[best].box.united(box);
    }
    return rows;
}

void sortByX(Row &row)
{
    std::sort(row.items.begin(), row.items.end(),
              [](const Item &a, const Item &b) { return a.word.box.left() < b.word.box.left(); });
}

double columnLeftOf(const QVector<Row> &rows)
{
    QVector<double> lefts;
    for (const Row &row : rows) {
        if (!row.items.isEmpty())
            lefts << row.items.first().word.box.left();
    }
    return textColumnLeft(lefts);
}

// A row that holds a margin label and text in the column ("’s-Gravenhage 2024" beside the
// running footer, "Nr. 3121" beside "MOTIE VAN …") is two lines: they are read separately.
QVector<Row> splitAtTextColumn(const QVector<Row> &rows, double columnLeft)
{
    QVector<Row> out;
    for (const Row &row : rows) {
        int split = -1;
        for (int i = 1; i < row.items.size() && split < 0; ++i) {
            const QRectF &box = row.items[i].word.box;
            const QRectF &prev = row.items[i - 1].word.box;
            if (std::abs(box.left() - columnLeft) <= kColumnTolerance
                && endsInMarginColumn(prev.right(), columnLeft, box.height()))
                split = i;
        }
        if (split < 0) {
            out.append(row);
            continue;
        }
        Row margin, column;
        margin.items = row.items.mid(0, split);
        column.items = row.items.mid(split);
        for (Row *part : {&margin, &column}) {
            for (const Item &item : std::as_const(part->items))
                part->box = part->box.isNull() ? item.word.box : part->box.united(item.word.box);
            out.append(*part);
        }
    }
    return out;
}

// Marks the small numbers set above the baseline of their neighbour, then measures the
// row without them.
void markRaised(Row &row)
{
    // The usual height is that of the words; small numbers would pull down the median of a
    // short row ("brief. 5").
    QVector<double> heights, wordHeights;
    for (const Item &item : row.items) {
        heights.append(item.word.box.height());
        if (!isSmallNumber(item.word.text))
            wordHeights.append(item.word.box.height());
    }
    const double h = median(wordHeights.isEmpty() ? heights : wordHeights);
    for (int i = 0; i < row.items.size(); ++i) {
        Word &w = row.items[i].word;
        if (!isSmallNumber(w.text) || w.box.height() >= kSuperscriptHeight * h)
            continue;
        const int n = i > 0 ? i - 1 : i + 1;
        if (n >= row.items.size())
            continue;
        const QRectF &other = row.items[n].word.box;
        w.raised = other.height() >= kSuperscriptHeight * h
                   && w.box.bottom() < other.bottom() - kSuperscriptRise * other.height();
    }
    row.core = QRectF();
    QVector<double> coreHeights;
    for (const Item &item : row.items) {
        if (item.word.raised)
            continue;
        row.core = row.core.isNull() ? item.word.box : row.core.united(item.word.box);
        coreHeights.append(item.word.box.height());
    }
    if (row.core.isNull())
        row.core = row.box;
    row.height = coreHeights.isEmpty() ? h : median(coreHeights);
}

bool onlySmallNumbers(const Row &row, double pageHeight)
{
    return std::all_of(row.items.begin(), row.items.end(), [pageHeight](const Item &item) {
        return isSmallNumber(item.word.text) && item.word.box.height() < kSuperscriptHeight * pageHeight;
    });
}

// A call number that did not overlap its line forms a row of its own; it belongs to the
// nearest line whose top lies just below it.
void attachOrphans(QVector<Row> &rows)
{
    QVector<double> heights;
    for (const Row &row : rows)
        heights.append(row.height);
    const double usual = median(heights);
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.size() < 2 || !onlySmallNumbers(rows[r], usual))
            continue;
        int target = -1;
        double best = usual;
        for (int t = 0; t < rows.size(); ++t) {
            const double distance = rows[t].core.top() - rows[r].box.top();
            if (t != r && !onlySmallNumbers(rows[t], usual) && distance >= -0.5 * usual && distance < best) {
                best = distance;
                target = t;
            }
        }
        if (target < 0)
            continue;
        for (Item item : rows[r].items) {
            item.word.raised = true;
            rows[target].items.append(item);
        }
        rows[target].box = rows[target].box.united(rows[r].box);
        sortByX(rows[target]);
        rows.removeAt(r);
        r = -1; // indices moved; start over (few rows, few orphans)
    }
}

// Ligature glyphs (U+FB00..FB06, "ﬁ") as their letters, so words read and spell normally.
QString withoutLigatures(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            result += QString(c).normalized(QString::NormalizationForm_KC);
        else
            result += c;
    }
    return result;
}

QString joinWords(const Row &row)
{
    QString text;
    for (int i = 0; i < row.items.size(); ++i) {
        const Item &item = row.items[i];
        if (i > 0) {
            const Item &prev = row.items[i - 1];
            const double gap = item.word.box.left() - prev.word.box.right();
            const bool space = !item.word.raised
                               && (gap > kSpaceGap * row.height
                                   || (prev.spaceAfter && !prev.word.raised && gap > 0.3 * kSpaceGap * row.height));
            if (space)
                text += QLatin1Char(' ');
        }
        text += item.word.text;
    }
    return text.trimmed();
}

Line toLine(const Row &row, int page)
{
    Line line;
    line.page = page;
    line.text = joinWords(row);
    line.box = row.box;
    line.fontSize = row.height;
    for (const Item &item : row.items)
        line.words.append(item.word);
    return line;
}

// gapBefore: a pitch clearly above the page's usual pitch (relative to the font size), or
// a change of font size.
void markGaps(QVector<Line> &lines, const QVector<Row> &rows)
{
    QVector<double> relative;
    for (int i = 1; i < rows.size(); ++i) {
        const double a = rows[i - 1].height, b = rows[i].height;
        if (std::abs(a - b) <= kSizeChange * std::max(a, b) && b > 0)
            relative.append((rows[i].core.bottom() - rows[i - 1].core.bottom()) / b);
    }
    const double usual = relative.isEmpty() ? kMaxUsualPitch : std::min(median(relative), kMaxUsualPitch);
    for (int i = 1; i < rows.size(); ++i) {
        const double a = rows[i - 1].height, b = rows[i].height;
        const bool sizeChange = std::abs(a - b) > kSizeChange * std::max(a, b);
        const double pitch = rows[i].core.bottom() - rows[i - 1].core.bottom();
        lines[i].gapBefore = sizeChange || pitch > kParagraphPitch * usual * b;
    }
}

} // namespace

QVector<Line> PdfLineBuilder::build(const QVector<PopplerDocument::TextWord> &words, int page)
{
    QVector<Item> items;
    for (const auto &w : words) {
        const QString text = withoutLigatures(w.text.trimmed());
        if (!text.isEmpty() && w.box.isValid())
            items.append({Word{text, w.box, false}, w.hasSpaceAfter});
    }
    QVector<Row> rows = groupRows(items);
    for (Row &row : rows)
        sortByX(row);
    rows = splitAtTextColumn(rows, columnLeftOf(rows));
    for (Row &row : rows)
        markRaised(row);
    attachOrphans(rows);
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.core.center().y() != b.core.center().y())
            return a.core.center().y() < b.core.center().y();
        return a.box.left() < b.box.left();
    });
    QVector<Line> lines;
    for (const Row &row : rows)
        lines.append(toLine(row, page));
    markGaps(lines, rows);
    return lines;
}

} // namespace diptych
