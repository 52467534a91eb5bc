#include "analysis/HeadingDetector.h"

#include "analysis/BlockBuilder.h"
#include "analysis/CoverLetterDetector.h"
#include "analysis/DateParser.h"

#include <QRegularExpression>

#include <algorithm>

namespace diptych {

namespace {

using RE = QRegularExpression;

constexpr int kMaxHeadingChars = 160;
constexpr int kMaxHeadingWords = 22;

bool isAllCaps(const QString &text)
{
    int letters = 0, upper = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    }
    return letters >= 4 && upper * 10 >= letters * 9;
}

bool endsLikeSentence(const QString &text)
{
    // "Washington D.C." ends in an abbreviation, not a sentence. A question ("Bent u bereid …?")
    // and a line that announces what follows ("… aangeleverd door Tumba:") are sentences too.
    static const RE re(QStringLiteral("[.,;!?]\\s*[\\d)”\"’]*$"));
    static const RE colon(QStringLiteral(":\\s*[\\d)”\"’]*$"));
    static const RE abbreviation(QStringLiteral("(?:\\b\\p{Lu}\\.){2,}$|\\b(?:jl|a\\.s|e\\.a|o\\.a|nr)\\.$"));
    const QString t = text.trimmed();
    Section session;
    if (colon.match(t).hasMatch())
        return !HeadingDetector::parseSession(t, session);
    return re.match(t).hasMatch() && !abbreviation.match(t).hasMatch();
}

// Shape of a heading: short, capitalised, without the final punctuation of a sentence.
bool headingShape(const Block &block, const QString &text)
{
    if (block.lines.size() > 3 || text.size() > kMaxHeadingChars || text.isEmpty())
        return false;
    if (text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > kMaxHeadingWords)
        return false;
    if (!(text[0].isUpper() || text[0].isDigit()) || endsLikeSentence(text))
        return false;
    if (block.lines.size() == 3 && !isAllCaps(text))
        return false;
    // A two-line heading is a session heading, capitals, or short lines.
    if (block.lines.size() == 2) {
        Section ignored;
        if (!HeadingDetector::parseSession(text, ignored) && !isAllCaps(text) && text.size() > 110)
            return false;
    }
    if (CoverLetterDetector::looksLikeInitialledName(text) || CoverLetterDetector::isMinisterLine(text))
        return false;
    // A line that is only a date or a place and date is not a heading.
    const bool hasDigit = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const DateRange date = hasDigit ? DateParser::findFirst(text) : DateRange{};
    if (date.isValid() && date.length >= text.size() - 12)
        return false;
    // Two sentences are a paragraph ("… aan KFOR. De minister van"), not a heading.
    static const RE sentenceBreak(QStringLiteral("\\p{Ll}{2}[.!?]\\s+\\p{Lu}"));
    if (sentenceBreak.match(text).hasMatch())
        return false;
    static const RE bullet(QStringLiteral("^[-•·*–]\\s"));
    return !bullet.match(text).hasMatch();
}

// A row of a table: its words stand in columns, far apart (PDF only).
bool isTableRow(const Line &line)
{
    constexpr double kColumnGap = 2.5; // type sizes between two cells
    for (int i = 1; i < line.words.size(); ++i) {
        const double gap = line.words[i].box.left() - line.words[i - 1].box.right();
        if (line.fontSize > 0 && gap > kColumnGap * line.fontSize)
            return true;
    }
    return false;
}

bool startsWithTableRow(const SourceDocument &doc, const Block &block)
{
    return !block.lines.isEmpty() && isTableRow(BlockBuilder::line(doc, block.lines.first()));
}

// A table's rows and its caption (the line just above it) are no headings.
bool isTablePart(const SourceDocument &doc, const QVector<Block> &blocks, int b)
{
    return startsWithTableRow(doc, blocks[b]) || (b + 1 < blocks.size() && startsWithTableRow(doc, blocks[b + 1]));
}

Section topicSection(const QString &text)
{
    Section s;
    s.level = 2;
    s.title = text;
    s.heading = text;
    static const RE numbered(QStringLiteral("^(\\d{1,2})[.)]\\s+(\\p{Lu}.*)$"));
    const auto m = numbered.match(text);
    if (m.hasMatch()) {
        s.level = 1;
        s.number = m.captured(1).toInt();
        s.label = m.captured(1);
        s.title = m.captured(2);
    }
    return s;
}

} // namespace

int HeadingDetector::romanValue(const QString &roman)
{
    int total = 0, previous = 0;
    for (int i = roman.size() - 1; i >= 0; --i) {
        int v = 0;
        switch (roman[i].toUpper().unicode()) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        default: return 0;
        }
        total += v < previous ? -v : v;
        previous = qMax(previous, v);
    }
    return total;
}

Section HeadingDetector::sectionFor(const QString &text)
{
    Section section;
    return parseSession(text, section) ? section : topicSection(text);
}

bool HeadingDetector::parseSession(const QString &text, Section &out)
{
    static const RE re(
        QStringLiteral("^((?:(?:Eerste|Tweede|Derde|Vierde|Vijfde|Informele|Plenaire|Ministeriële)\\s+)?"
                       "(?:(?:Werk|Avond|Ochtend|Middag|Lunch|Diner|Slot|Openings)?[Ss]essie|SESSIE|WERKSESSIE"
                       "|(?:Working\\s+)?[Ss]ession|Werk(?:lunch|diner|ontbijt)|(?:Informeel\\s+)?[Dd]iner"
                       "|Agendapunt|Agenda item))"
                       "(?:\\s+(\\d{1,2}|[IVXL]{1,5})(?![\\p{L}\\d]))?\\s*([:.–—-]\\s*|\\s+|$)(.*)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QString label = m.captured(2);
    const QString rest = m.captured(4).trimmed();
    // "Sessie" alone in running text would need a separator or a number to be a heading.
    if (label.isEmpty() && m.captured(3).trimmed().isEmpty()
        && !m.captured(1).contains(QStringLiteral("sessie"), Qt::CaseInsensitive)
        && !m.captured(1).startsWith(QStringLiteral("Werk")))
        return false;
    out.level = 1;
    out.label = label;
    out.number = label.isEmpty() ? 0 : (label[0].isDigit() ? label.toInt() : romanValue(label));
    // "Avondsessie met deelname van Finland en Zweden": without a number or a separator the
    // words after the session word belong to its title.
    const bool runsOn = label.isEmpty() && m.captured(3).trimmed().isEmpty();
    out.title = rest.isEmpty() ? m.captured(1) : (runsOn ? text.trimmed() : rest);
    out.heading = text.trimmed();
    return true;
}

HeadingFacts HeadingDetector::run(const SourceDocument &doc, QVector<Block> &blocks, int firstBlock)
{
    HeadingFacts facts;
    for (int b = qMax(0, firstBlock); b < blocks.size(); ++b) {
        Block &block = blocks[b];
        if (block.role != BlockRole::Paragraph)
            continue;
        // A heading has at most three lines (headingShape): longer blocks are not joined.
        const bool last = b == blocks.size() - 1;
        if (last || block.lines.size() > 3)
            continue;
        const QString text = BlockBuilder::plainText(doc, block).simplified();
        if (!headingShape(block, text) || isTablePart(doc, blocks, b))
            continue;
        Section section;
        const bool session = parseSession(text, section);
        // The title: the first heading, before any paragraph of the report.
        if (facts.titleBlock < 0 && facts.headingBlocks.isEmpty() && !session && b <= qMax(0, firstBlock) + 1) {
            facts.titleBlock = b;
            block.role = BlockRole::Title;
            continue;
        }
        block.role = BlockRole::Heading;
        facts.headingBlocks.append(b);
    }
    return facts;
}

} // namespace diptych
