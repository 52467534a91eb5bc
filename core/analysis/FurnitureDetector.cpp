#include "analysis/FurnitureDetector.h"

#include "analysis/FurniturePatterns.h"

#include <QHash>
#include <QRegularExpression>

namespace diptych {

namespace {

using RE = QRegularExpression;

// How many lines at the top and bottom of a page may hold running headers and footers.
constexpr int kEdgeLines = 3;

bool atPageEdge(const Page &page, int index)
{
    const int n = page.lines.size();
    if (index < kEdgeLines || index >= n - kEdgeLines)
        return true;
    // With geometry: within the top or bottom 9% of the page.
    const Line &line = page.lines[index];
    if (!page.size.isEmpty() && !line.box.isNull())
        return line.box.top() < page.size.height() * 0.09 || line.box.bottom() > page.size.height() * 0.91;
    return false;
}

// A line with its digits folded, so "Pagina 2 van 3" and "Pagina 3 van 3" repeat.
// Written into one buffer: it runs on every line at a page edge.
QString repetitionKey(const QString &text)
{
    QString key(text.size(), Qt::Uninitialized);
    QChar *out = key.data();
    qsizetype n = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            if (n == 0 || out[n - 1] != QLatin1Char('#'))
                out[n++] = QLatin1Char('#');
        } else if (c.isSpace()) {
            if (n > 0 && out[n - 1] != QLatin1Char(' '))
                out[n++] = QLatin1Char(' ');
        } else if (c.unicode() < 0x80) {
            out[n++] = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ? QChar(c.unicode() + 0x20) : c;
        } else {
            out[n++] = c.toLower();
        }
    }
    key.truncate(n);
    return key.trimmed();
}

// The number a line starts with ("3 Kamerstuk 28 676, nr. 113"), -1 when none.
int leadingNumber(const QString &text)
{
    static const RE re(QStringLiteral("^(\\d{1,3})\\s+\\S"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void markByPattern(SourceDocument &doc)
{
    for (Page &page : doc.pages) {
        for (int i = 0; i < page.lines.size(); ++i) {
            Line &line = page.lines[i];
            const bool footer = FurniturePatterns::isPageFooter(line.text);
            // A bare page number is furniture only at the edge of a page.
            if ((footer && atPageEdge(page, i)) || (!footer && FurniturePatterns::isFurniture(line.text)))
                line.role = LineRole::Furniture;
        }
    }
}

// Lines that repeat at the page edges on most pages are running headers or footers.
// Footnotes that cite the same Kamerstuk on every page ("3 Kamerstuk 28 676, nr. 113",
// "4 Kamerstuk 28 676, nr. 113") repeat too, with only their number changed: a line that
// starts with a number repeats as furniture only when that number is always the page number.
void markByRepetition(SourceDocument &doc)
{
    if (doc.pages.size() < 2)
        return;
    QHash<QString, int> pagesWith;
    QSet<QString> notPageNumbered;
    for (const Page &page : doc.pages) {
        QSet<QString> seen;
        for (int i = 0; i < page.lines.size(); ++i) {
            if (!atPageEdge(page, i))
                continue;
            const QString key = repetitionKey(page.lines[i].text);
            seen.insert(key);
            const int number = leadingNumber(page.lines[i].text);
            if (number >= 0 && number != page.index + 1)
                notPageNumbered.insert(key);
        }
        for (const QString &key : seen)
            ++pagesWith[key];
    }
    const int needed = qMax(2, (doc.pages.size() + 1) / 2);
    for (Page &page : doc.pages) {
        for (int i = 0; i < page.lines.size(); ++i) {
            Line &line = page.lines[i];
            if (!atPageEdge(page, i) || line.text.size() <= 1)
                continue;
            const QString key = repetitionKey(line.text);
            if (pagesWith.value(key) >= needed && !notPageNumbered.contains(key))
                line.role = LineRole::Furniture;
        }
    }
}

// The own id from the head block: dossier "21 501-02" and "Nr. 3121" make kst-21501-02-3121.
QString selfIdFromHead(const HeadBlock &head)
{
    if (head.dossier.isEmpty() || head.number.isEmpty())
        return {};
    QString d = head.dossier;
    d.replace(RE(QStringLiteral("^(\\d{2})\\s?(\\d{3})")), QStringLiteral("\\1\\2"));
    d.replace(QLatin1Char(' '), QLatin1Char('-'));
    return QStringLiteral("kst-") + d + QLatin1Char('-') + head.number;
}

} // namespace

FurnitureFacts FurnitureDetector::run(SourceDocument &doc)
{
    FurnitureFacts facts;
    markByPattern(doc);
    markByRepetition(doc);
    for (const Page &page : doc.pages) {
        for (const Line &line : page.lines) {
            if (line.role != LineRole::Furniture)
                continue;
            if (facts.selfId.isEmpty())
                facts.selfId = FurniturePatterns::selfIdFrom(line.text);
            if (!facts.vergaderjaar)
                facts.vergaderjaar = FurniturePatterns::vergaderjaarFrom(line.text);
        }
    }
    facts.head = HeadBlockDetector::run(doc);
    facts.letterDate = facts.head.letterDate;
    if (facts.selfId.isEmpty())
        facts.selfId = selfIdFromHead(facts.head);
    return facts;
}

} // namespace diptych
