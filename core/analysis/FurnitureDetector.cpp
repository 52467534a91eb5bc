#include "analysis/FurnitureDetector.h"

#include "analysis/DateParser.h"
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
        return line.box.top() < page.size.height() * 0.09
               || line.box.bottom() > page.size.height() * 0.91;
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
    if (doc.pages.size() < 3)
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
    const int needed = qMax(3, (doc.pages.size() + 1) / 2);
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

// The head of a Kamerstuk: "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023–2024",
// "28 676 NAVO", "Nr. 446 BRIEF VAN DE MINISTER …", "Aan de Voorzitter …", "Den Haag, 4 december 2023".
void markHeadBlock(SourceDocument &doc, FurnitureFacts &facts)
{
    if (doc.pages.isEmpty())
        return;
    static const RE dossier(QStringLiteral("^(\\d{2}\\s?\\d{3}(?:[- ](?:[IVXL]+|[A-Z]|\\d{2}))?)\\s+\\p{Lu}[\\p{L} ,.-]*$"));
    static const RE number(QStringLiteral("^Nr\\.\\s*(\\d+)\\b"), RE::CaseInsensitiveOption);
    static const RE address(QStringLiteral("^Aan de (?:Voorzitter|voorzitter) van de (?:Tweede|Eerste) Kamer"));
    static const RE placeDate(QStringLiteral("^(?:Den Haag|['’]s-Gravenhage),\\s*(.+)$"));
    QString dossierId, numberId;
    Page &first = doc.pages.first();
    const int limit = qMin(first.lines.size(), 12);
    for (int i = 0; i < limit; ++i) {
        Line &line = first.lines[i];
        QRegularExpressionMatch m;
        if ((m = dossier.match(line.text)).hasMatch() && dossierId.isEmpty()) {
            dossierId = m.captured(1);
            line.role = LineRole::Furniture;
        } else if ((m = number.match(line.text)).hasMatch() && numberId.isEmpty()) {
            numberId = m.captured(1);
            line.role = LineRole::Furniture;
        } else if (address.match(line.text).hasMatch()) {
            line.role = LineRole::Furniture;
        } else if ((m = placeDate.match(line.text)).hasMatch()) {
            const DateRange date = DateParser::findFirst(m.captured(1));
            if (date.isValid()) {
                facts.letterDate = date.start;
                line.role = LineRole::Furniture;
            }
        }
    }
    if (facts.selfId.isEmpty() && !dossierId.isEmpty() && !numberId.isEmpty()) {
        QString d = dossierId;
        d.replace(RE(QStringLiteral("^(\\d{2})\\s?(\\d{3})")), QStringLiteral("\\1\\2"));
        d.replace(QLatin1Char(' '), QLatin1Char('-'));
        facts.selfId = QStringLiteral("kst-") + d + QLatin1Char('-') + numberId;
    }
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
    markHeadBlock(doc, facts);
    return facts;
}

} // namespace diptych
