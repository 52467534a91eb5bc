#include "analysis/Analyzer.h"

#include "analysis/BlockBuilder.h"
#include "analysis/CoverLetterDetector.h"
#include "analysis/Dehyphenator.h"
#include "analysis/DocumentTypeDetector.h"
#include "analysis/FootnoteDetector.h"
#include "analysis/FurnitureDetector.h"
#include "analysis/HeadingDetector.h"
#include "analysis/KindDetector.h"
#include "analysis/MeetingDetector.h"
#include "analysis/MentionFinder.h"
#include "analysis/ReadingTextBuilder.h"
#include "analysis/ReferenceParser.h"
#include "analysis/RegexText.h"
#include "analysis/TextLocator.h"
#include "official/OfficialFacts.h"
#include "source/DocumentLoader.h"

#include <QHash>
#include <QRegularExpression>

namespace diptych {

namespace {

QString rangeText(const Analysis &a, int start, int end) { return a.text.mid(start, end - start); }

// The first characters of a word broken at the end of a line ("bon" of "(bondge-"), lower case.
QString breakPrefix(const QString &line)
{
    const bool broken = line.size() >= 2 && (line.endsWith(QLatin1Char('-')) || line.endsWith(QChar(0x00AD)))
                        && line[line.size() - 2].isLetter();
    if (!broken)
        return {};
    qsizetype start = line.lastIndexOf(QLatin1Char(' ')) + 1;
    while (start < line.size() && !line[start].isLetterOrNumber())
        ++start;
    QString prefix;
    for (qsizetype i = start; i < line.size() && prefix.size() < 3 && line[i].isLetterOrNumber(); ++i)
        prefix += line[i].toLower();
    return prefix;
}

// The words the document writes that its line-end breaks may ask about, so the dehyphenator
// can prefer the document's own spelling.
QSet<QString> documentWords(const SourceDocument &doc)
{
    QString all;
    QStringList prefixes;
    for (const Page &page : doc.pages) {
        for (const Line &line : page.lines) {
            if (line.role == LineRole::Furniture)
                continue;
            const QString prefix = breakPrefix(line.text);
            QString text = line.text;
            // A word broken at the line end is not a word the document writes.
            if (!prefix.isEmpty()) {
                if (!prefixes.contains(prefix))
                    prefixes << prefix;
                text.truncate(text.lastIndexOf(QLatin1Char(' ')) + 1);
            }
            all += text + QLatin1Char('\n');
        }
    }
    return prefixes.isEmpty() ? QSet<QString>() : Dehyphenator::wordsOf(all, prefixes);
}

int mostFrequentYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("\\b(19[5-9]\\d|20\\d\\d)\\b"));
    QHash<int, int> counts;
    const QString checked = RegexText::sanitised(text);
    auto it = RegexText::all(year, checked);
    while (it.hasNext())
        ++counts[it.next().captured(1).toInt()];
    int best = 0;
    for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
        if (!best || c.value() > counts.value(best) || (c.value() == counts.value(best) && c.key() < best))
            best = c.key();
    }
    return best;
}

// Sections are read from the reading text, so a heading broken with a hyphen reads whole.
void addSections(const HeadingFacts &headings, const QVector<Block> &blocks, const TextLocator &locator, Analysis &a)
{
    for (int b : headings.headingBlocks) {
        const Block &block = blocks[b];
        Section s = HeadingDetector::sectionFor(rangeText(a, block.start, block.end).simplified());
        s.at = locator.locate(block.start, block.end);
        a.sections.append(s);
    }
}

// An item found in a footnote's text: its range moves into Analysis::notesText and it takes
// the note's page and rectangle.
void placeInNote(Location &at, const Footnote &note)
{
    at.start += note.at.start;
    at.end += note.at.start;
    at.page = note.at.page;
    at.rect = note.at.rect;
}

// The letter's own id, where its text names it, is not a reference to another document.
void addReferences(const TextLocator &locator, Analysis &a)
{
    for (Reference r : ReferenceParser::find(a.text)) {
        if (r.id == a.selfId)
            continue;
        r.at = locator.locate(r.at.start, r.at.end);
        a.references.append(r);
    }
    for (const Footnote &note : std::as_const(a.footnotes)) {
        for (Reference r : ReferenceParser::find(note.text)) {
            if (r.id == a.selfId)
                continue;
            r.footnote = note.number;
            placeInNote(r.at, note);
            a.references.append(r);
        }
    }
}

// A mention of the letter's own meeting ("Hierbij bied ik u het verslag van de ministeriële
// bijeenkomst van 31 mei en 1 juni 2023", "de Raad Buitenlandse Zaken van 23 januari") is not
// a mention of another meeting.
bool isOwnMeeting(const Mention &m, const Meeting &own)
{
    if (!own.start.isValid() || m.start != own.start)
        return false;
    if (m.what == MentionKind::Fmm || m.what == MentionKind::Meeting)
        return true;
    const bool council = own.type == MeetingType::Rbz || own.type == MeetingType::Raz;
    return (council && m.what == MentionKind::Council)
           || (own.type == MeetingType::NavoTop && m.what == MentionKind::Summit);
}

void addMentions(const TextLocator &locator, int contextYear, Analysis &a)
{
    for (Mention m : MentionFinder::find(a.text, contextYear)) {
        if (isOwnMeeting(m, a.meeting))
            continue;
        m.at = locator.locate(m.at.start, m.at.end);
        a.mentions.append(m);
    }
    for (const Footnote &note : std::as_const(a.footnotes)) {
        for (Mention m : MentionFinder::find(note.text, contextYear)) {
            if (isOwnMeeting(m, a.meeting))
                continue;
            m.footnote = note.number;
            placeInNote(m.at, note);
            a.mentions.append(m);
        }
    }
}

DocumentTypeEvidence typeEvidence(const FurnitureFacts &furniture, bool coverLetter, const Analysis &a)
{
    DocumentTypeEvidence e;
    e.headLines = furniture.head.lines;
    e.selfId = a.selfId;
    e.text = a.text;
    for (const Section &s : a.sections)
        e.headings << s.heading;
    e.coverLetter = coverLetter;
    return e;
}

} // namespace

Analyzer::Analyzer(const Speller &speller) : m_speller(speller) {}

Analysis Analyzer::analyze(SourceDocument doc) const
{
    Analysis a;
    a.file = doc.file;
    a.format = doc.format;
    a.pageCount = doc.pages.size();
    for (const Page &page : doc.pages)
        a.pageSizes.append(page.size);

    const FurnitureFacts furniture = FurnitureDetector::run(doc);
    a.selfId = furniture.selfId;
    const QVector<FootnoteDraft> notes = FootnoteDetector::run(doc);
    QVector<Block> blocks = BlockBuilder::run(doc);
    const CoverLetterFacts cover = CoverLetterDetector::run(doc, blocks);
    const HeadingFacts headings = HeadingDetector::run(doc, blocks, cover.lastBlock + 1);

    const Dehyphenator dehyphenator(m_speller, documentWords(doc));
    ReadingTextBuilder(doc, dehyphenator).build(blocks, notes, a);
    const TextLocator locator(doc, a.spans);

    if (cover.present) {
        a.cover.present = true;
        a.cover.signatory = cover.signatory;
        a.cover.at = locator.locate(blocks.first().start, blocks[cover.lastBlock].end);
    }
    if (headings.titleBlock >= 0) {
        const Block &title = blocks[headings.titleBlock];
        a.title = rangeText(a, title.start, title.end).simplified();
        a.titleAt = locator.locate(title.start, title.end);
    }
    for (Footnote &note : a.footnotes) {
        for (FootnoteCall &call : note.calls)
            call.at = locator.locate(call.at.start, call.at.end);
    }
    addSections(headings, blocks, locator, a);

    // The opening: the first paragraphs after the cover letter and title.
    const int bodyFrom = qMax(cover.lastBlock, headings.titleBlock) + 1;
    QString opening, body;
    for (int b = bodyFrom; b < blocks.size(); ++b) {
        const QString text = rangeText(a, blocks[b].start, blocks[b].end);
        if (b < bodyFrom + 2 && blocks[b].role == BlockRole::Paragraph)
            opening += text + QLatin1Char('\n');
        body += text + QLatin1Char('\n');
    }
    const QString coverText = cover.present ? rangeText(a, a.cover.at.start, a.cover.at.end) : QString();
    a.docType = DocumentTypeDetector::run(typeEvidence(furniture, cover.present, a));
    // Kamervragen, a motion or a committee's report is never the agenda or verslag of a
    // meeting, whatever tense it is written in.
    const bool mayBeAboutAMeeting = a.docType == DocumentType::Brief || a.docType == DocumentType::Other;
    if (mayBeAboutAMeeting)
        a.kind = KindDetector::run(a.title, coverText, body);

    MeetingEvidence evidence;
    evidence.title = a.title;
    evidence.cover = coverText;
    evidence.opening = opening;
    evidence.vergaderjaar = furniture.vergaderjaar;
    evidence.letterDate = furniture.letterDate;
    evidence.frequentYear = mostFrequentYear(a.text);
    if (mayBeAboutAMeeting)
        a.meeting = MeetingDetector::run(evidence);
    // A letter that is an agenda or a verslag of a meeting is a Kamerbrief, head block or not.
    if (a.docType == DocumentType::Other && (a.kind != DocumentKind::Other || a.meeting.type != MeetingType::None))
        a.docType = DocumentType::Brief;

    const int contextYear =
        a.meeting.start.isValid() ? a.meeting.start.year() : MeetingDetector::contextYear(evidence, 6);
    addReferences(locator, a);
    addMentions(locator, contextYear, a);
    a.source = std::move(doc);
    return a;
}

bool Analyzer::analyzeFile(const QString &path, Analysis &out, QString &error) const
{
    LoadResult loaded = DocumentLoader::load(path);
    if (!loaded.ok()) {
        error = loaded.error;
        return false;
    }
    out = analyze(std::move(loaded.document));
    // A fetched letter's metadata.xml beside it wins over what the pages say.
    OfficialFacts::applySidecar(path, out);
    return true;
}

} // namespace diptych
