#include "analysis/HeadBlockDetector.h"

#include "analysis/DateParser.h"
#include "analysis/FurniturePatterns.h"
#include "model/TextColumn.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace diptych {

namespace {

using RE = QRegularExpression;

// Text lines looked at for the head block of a text source (it has no geometry to go by).
constexpr int kTextHeadLines = 12;
// A PDF head block is never longer than this many lines.
constexpr int kPdfHeadLines = 24;
// Type this much larger than the body is display type (the big "2", the document number).
constexpr double kLargeType = 1.15;
// Type sizes within this fraction are the same size.
constexpr double kSameSize = 0.04;

const RE &dossierLine()
{
    // "28 676 NAVO", "21 501-02 Raad Algemene Zaken …", "36 200 V", or the number alone
    // when the title stands beside it in the text column.
    static const RE re(
        QStringLiteral("^(\\d{2}\\s?\\d{3}(?:-\\d{2}|\\s[IVXL]{1,4}|\\s[A-Z])?)(?:\\s+\\p{Lu}[\\p{L}\\d ,.()’'-]*)?$"));
    return re;
}

const RE &numberLine()
{
    static const RE re(QStringLiteral("^Nr\\.\\s*(\\d+)\\b"), RE::CaseInsensitiveOption);
    return re;
}

const RE &placeDateLine()
{
    static const RE re(QStringLiteral("^(?:Den Haag|['’]s-Gravenhage),\\s*(.+)$"));
    return re;
}

// Lines only a head block holds.
const RE &headForm()
{
    static const RE re(QStringLiteral(
        "^(?:Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer.*"
        "|Aanhangsel van de Handelingen"
        "|Vragen gesteld door de leden der Kamer.*"
        "|(?:Voorgesteld|Ontvangen|Vastgesteld)\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
        "|(?:GEWIJZIGDE )?MOTIE VAN (?:HET LID|DE LEDEN)\\b.*"
        "|(?:BRIEF|NOTA|AMENDEMENT|NADER RAPPORT) VAN\\b.*"
        "|VERSLAG VAN EEN (?:SCHRIFTELIJK OVERLEG|COMMISSIEDEBAT|NOTAOVERLEG|WETGEVINGSOVERLEG|ALGEMEEN OVERLEG"
        "|WERKBEZOEK|RONDETAFELGESPREK)\\b.*"
        "|LIJST VAN VRAGEN EN ANTWOORDEN\\b.*)$"));
    return re;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double bodySize(const SourceDocument &doc)
{
    QVector<double> sizes;
    for (const Page &page : doc.pages) {
        for (const Line &line : page.lines) {
            if (line.role == LineRole::Body && line.fontSize > 0)
                sizes << line.fontSize;
        }
    }
    return median(sizes);
}

double columnLeftOf(const Page &page)
{
    QVector<double> lefts;
    for (const Line &line : page.lines)
        lefts << line.box.left();
    return textColumnLeft(lefts);
}

bool sameSize(double a, double b) { return a > 0 && b > 0 && std::abs(a - b) <= kSameSize * std::max(a, b); }

bool isBareNumber(const QString &text)
{
    return !text.isEmpty() && text.size() <= 5
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool isCapitals(const QString &text)
{
    int letters = 0, upper = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    }
    return letters >= 2 && upper == letters;
}

class Scan
{
public:
    explicit Scan(SourceDocument &doc) : m_doc(doc), m_page(doc.pages.first()) {}

    HeadBlock run()
    {
        if (m_doc.format == SourceFormat::Pdf && !m_page.size.isEmpty())
            scanPdf();
        else
            scanText();
        return m_head;
    }

private:
    // Known forms anywhere in the first lines; nothing else in a text is sure to be head.
    void scanText()
    {
        const int limit = qMin(m_page.lines.size(), kTextHeadLines);
        for (int i = 0; i < limit; ++i)
            takeIfKnown(m_page.lines[i]);
    }

    // From the top down, as long as the lines are head lines.
    void scanPdf()
    {
        m_body = bodySize(m_doc);
        m_column = columnLeftOf(m_page);
        const Line *previousHead = nullptr;
        const int limit = qMin(m_page.lines.size(), kPdfHeadLines);
        for (int i = 0; i < limit; ++i) {
            Line &line = m_page.lines[i];
            if (line.role == LineRole::Furniture || FurniturePatterns::isFurniture(line.text)) {
                line.role = LineRole::Furniture;
                m_head.lines << line.text;
                previousHead = &line;
                continue;
            }
            const bool known = takeIfKnown(line); // marks and lists it
            if (!known && !isGeometricHead(i, previousHead))
                break;
            line.role = LineRole::Furniture;
            if (!known)
                m_head.lines << line.text;
            previousHead = &line;
        }
    }

    bool isMarginLabel(const Line &line) const { return endsInMarginColumn(line.box.right(), m_column, line.fontSize); }

    bool sharesRowWithMarginLabel(int index) const
    {
        const Line &line = m_page.lines[index];
        for (const Line &other : m_page.lines) {
            const double overlap =
                std::min(line.box.bottom(), other.box.bottom()) - std::max(line.box.top(), other.box.top());
            if (&other != &line && isMarginLabel(other)
                && overlap > 0.5 * std::min(line.box.height(), other.box.height()))
                return true;
        }
        return false;
    }

    bool isGeometricHead(int index, const Line *previousHead) const
    {
        const Line &line = m_page.lines[index];
        if (isMarginLabel(line) || sharesRowWithMarginLabel(index))
            return true;
        if (isBareNumber(line.text) && line.fontSize >= kLargeType * m_body)
            return true;
        // The second line of a head title in its own type ("Raad Algemene Zaken en Raad
        // Buitenlandse" / "Zaken"), never a line in body type after a gap.
        if (!previousHead || line.gapBefore || !sameSize(line.fontSize, previousHead->fontSize))
            return false;
        // ... or a title in capitals going on ("BRIEF VAN DE MINISTER VAN BUITENLANDSE" / "ZAKEN").
        return !sameSize(line.fontSize, m_body) || (isCapitals(previousHead->text) && isCapitals(line.text));
    }

    bool takeIfKnown(Line &line)
    {
        const QString &t = line.text;
        QRegularExpressionMatch m;
        bool known = false;
        if ((m = dossierLine().match(t)).hasMatch() && m_head.dossier.isEmpty()) {
            m_head.dossier = m.captured(1);
            known = true;
        } else if ((m = numberLine().match(t)).hasMatch() && m_head.number.isEmpty()) {
            m_head.number = m.captured(1);
            known = true;
        } else if ((m = placeDateLine().match(t)).hasMatch()) {
            const DateRange date = DateParser::findFirst(m.captured(1));
            if (date.isValid()) {
                m_head.letterDate = date.start;
                known = true;
            }
        } else {
            known = headForm().match(t).hasMatch();
        }
        if (known) {
            line.role = LineRole::Furniture;
            m_head.lines << t;
        }
        return known;
    }

    SourceDocument &m_doc;
    Page &m_page;
    HeadBlock m_head;
    double m_body = 0;
    double m_column = 0;
};

} // namespace

HeadBlock HeadBlockDetector::run(SourceDocument &doc)
{
    if (doc.pages.isEmpty())
        return {};
    return Scan(doc).run();
}

} // namespace diptych
