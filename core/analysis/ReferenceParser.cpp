#include "analysis/ReferenceParser.h"

#include "analysis/KamerstukCitationParser.h"
#include "analysis/RegexText.h"

#include <QRegularExpression>

#include <algorithm>

namespace diptych {

namespace {

const QString &kWs = RegexText::space();
const QString &kDash = RegexText::dash();

QRegularExpression compile(const QString &pattern) { return RegexText::unicodePattern(pattern); }

// ", p. 4" after a number; group 1 is the page (or page range). As in Kamerstuk citations
// the comma is required and a blank line ends the reference.
QString pagePattern()
{
    return QStringLiteral("(?:[ \\t\\x{00A0}]*,[ \\t\\x{00A0}]*\\n?[ \\t\\x{00A0}]*"
                          "(?i:p\\.|pp\\.|pag\\.|pagina|blz\\.|bladzijde)")
           + kWs + QStringLiteral("*(\\d+(?:") + kWs + QStringLiteral("*") + kDash + kWs
           + QStringLiteral("*\\d+)?)(?!\\d))?");
}

// "II 2023/24, nr. 2129": groups chamber, first year, second year, number.
QString chamberYearNumberPattern()
{
    return QStringLiteral("(?:") + kWs + QStringLiteral("+(II|ll|I|TK|EK)(?!\\p{L}))?") + kWs + QStringLiteral("*,?")
           + QStringLiteral("(?:") + kWs + QStringLiteral("*(?i:vergaderjaar))?") + kWs + QStringLiteral("*(\\d{4})")
           + kWs + QStringLiteral("*(?:/|") + kDash + QStringLiteral(")") + kWs
           + QStringLiteral("*(\\d{4}|\\d{2})(?!\\d)") + kWs + QStringLiteral("*,?") + kWs
           + QStringLiteral("*(?i:nr\\.?|nummer)") + kWs + QStringLiteral("*(\\d{1,5})(?!\\d)");
}

// "Aanhangsel Handelingen II 2023/24, nr. 2129": groups chamber, years, number, page.
const QRegularExpression &aanhangselRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("(?<!\\p{L})(?i:aanhangsel)(?:") + kWs + QStringLiteral("+(?i:van)") + kWs
                + QStringLiteral("+(?i:de))?") + kWs + QStringLiteral("+(?i:handelingen)") + chamberYearNumberPattern()
                + pagePattern());
    return re;
}

// "Handelingen II 2023/24, nr. 45, item 12": groups chamber, years, number, item, page.
const QRegularExpression &handelingenRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("(?<!\\p{L})(?i:handelingen)") + chamberYearNumberPattern() + QStringLiteral("(?:") + kWs
                + QStringLiteral("*,?") + kWs + QStringLiteral("*(?i:item)") + kWs
                + QStringLiteral("*(\\d{1,3})(?!\\d))?") + pagePattern());
    return re;
}

// Official ids written out: "kst-28676-446", "ah-tk-20232024-2129", "stb-2002-575".
const QRegularExpression &bareIdRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral("(?<![\\w-])(kst-\\d{5}(?:-[0-9A-Z]{1,5})?-\\d+[a-z]?|(?:ah|h)-(?:tk|ek)-\\d{8}-\\d+(?:-\\d+)?|"
                       "(?:stb|stcrt|trb)-\\d{4}-\\d+)(?![\\w-])"));
    return re;
}

// "Stb. 2002, 575", "Stcrt. 2023, nr. 12345", "Trb. 2019, 12": groups series, year, number.
const QRegularExpression &publicationRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("(?<!\\p{L})(Stb|Stcrt|Trb)\\.") + kWs + QStringLiteral("*(\\d{4})(?!\\d)") + kWs
                + QStringLiteral("*,?") + kWs + QStringLiteral("*(?:(?i:nr\\.?)") + kWs
                + QStringLiteral("*)?(\\d{1,6})(?!\\d)"));
    return re;
}

// "(36 471-64)": a Kamerstuk written as dossier and number in parentheses after its title.
// The 21 501 series is split into sub-dossiers ("21 501-02", Raad Buitenlandse Zaken) and a
// number starting with 0 is a sub-dossier too: those are no documents.
const QRegularExpression &parenthesisedKamerstukRe()
{
    static const QRegularExpression re = compile(QStringLiteral("\\((\\d{2})") + kWs + QStringLiteral("?(\\d{3})")
                                                 + kDash + QStringLiteral("([1-9]\\d{0,3})\\)"));
    return re;
}

const QRegularExpression &motionWordRe()
{
    static const QRegularExpression re = compile(QStringLiteral("(?<!\\p{L})(?i:moties?|motions?)(?!\\p{L})"));
    return re;
}

const QRegularExpression &sentenceEndRe()
{
    static const QRegularExpression re = compile(QStringLiteral("[.!?]") + kWs + QStringLiteral("+(?=\\p{Lu})|\\n\\n"));
    return re;
}

struct Candidate {
    Reference ref;
    int citation = 0;
};

// "2023", "24" -> "20232024"; empty when the years are not one parliamentary year.
QString vergaderjaar(const QString &first, const QString &second)
{
    const int y1 = first.toInt();
    int y2 = second.toInt();
    if (second.size() == 2) {
        y2 += (y1 / 100) * 100;
        if (y2 < y1)
            y2 += 100;
    }
    if (y2 != y1 + 1)
        return {};
    return QString::number(y1) + QString::number(y2);
}

QString chamberCode(const QString &written)
{
    return written == QLatin1String("I") || written == QLatin1String("EK") ? QStringLiteral("ek")
                                                                           : QStringLiteral("tk");
}

Reference fromMatch(const QString &text, const QRegularExpressionMatch &m, ReferenceKind kind)
{
    Reference r;
    r.at.start = m.capturedStart(0);
    r.at.end = m.capturedEnd(0);
    r.text = text.mid(r.at.start, r.at.end - r.at.start).simplified();
    r.kind = kind;
    return r;
}

void findAanhangsels(const QString &text, QVector<Candidate> &out, int &citation)
{
    QRegularExpressionMatchIterator it = RegexText::all(aanhangselRe(), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString year = vergaderjaar(m.captured(2), m.captured(3));
        if (year.isEmpty())
            continue;
        Reference r = fromMatch(text, m, ReferenceKind::Aanhangsel);
        r.number = m.captured(4);
        r.pageRef = m.captured(5).simplified();
        r.id =
            QStringLiteral("ah-") + chamberCode(m.captured(1)) + QLatin1Char('-') + year + QLatin1Char('-') + r.number;
        out.append({r, ++citation});
    }
}

void findHandelingen(const QString &text, QVector<Candidate> &out, int &citation)
{
    QRegularExpressionMatchIterator it = RegexText::all(handelingenRe(), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString year = vergaderjaar(m.captured(2), m.captured(3));
        if (year.isEmpty())
            continue;
        Reference r = fromMatch(text, m, ReferenceKind::Handelingen);
        r.number = m.captured(4);
        r.pageRef = m.captured(6).simplified();
        r.id =
            QStringLiteral("h-") + chamberCode(m.captured(1)) + QLatin1Char('-') + year + QLatin1Char('-') + r.number;
        if (!m.captured(5).isEmpty())
            r.id += QLatin1Char('-') + m.captured(5);
        out.append({r, ++citation});
    }
}

void findParenthesisedKamerstukken(const QString &text, QVector<Candidate> &out, int &citation)
{
    QRegularExpressionMatchIterator it = RegexText::all(parenthesisedKamerstukRe(), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString dossier = m.captured(1) + m.captured(2);
        if (dossier == QLatin1String("21501"))
            continue;
        Reference r;
        r.at.start = m.capturedStart(1);
        r.at.end = m.capturedEnd(3);
        r.text = text.mid(r.at.start, r.at.end - r.at.start).simplified();
        r.kind = ReferenceKind::Kamerstuk;
        r.dossiers = QStringList{dossier};
        r.number = m.captured(3);
        r.id = QStringLiteral("kst-") + dossier + QLatin1Char('-') + r.number;
        out.append({r, ++citation});
    }
}

ReferenceKind kindOfId(const QString &id)
{
    if (id.startsWith(QLatin1String("kst-")))
        return ReferenceKind::Kamerstuk;
    if (id.startsWith(QLatin1String("ah-")))
        return ReferenceKind::Aanhangsel;
    if (id.startsWith(QLatin1String("h-")))
        return ReferenceKind::Handelingen;
    if (id.startsWith(QLatin1String("stb-")))
        return ReferenceKind::Staatsblad;
    if (id.startsWith(QLatin1String("stcrt-")))
        return ReferenceKind::Staatscourant;
    return ReferenceKind::Tractatenblad;
}

void findBareIds(const QString &text, QVector<Candidate> &out, int &citation)
{
    QRegularExpressionMatchIterator it = RegexText::all(bareIdRe(), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Reference r = fromMatch(text, m, kindOfId(m.captured(1)));
        r.id = m.captured(1);
        QStringList parts = r.id.split(QLatin1Char('-'));
        if (r.kind == ReferenceKind::Kamerstuk) {
            r.number = parts.takeLast();
            parts.removeFirst();
            r.dossiers = QStringList{parts.join(QLatin1Char('-'))};
        } else if (r.kind == ReferenceKind::Handelingen) {
            r.number = parts.value(3);
        } else {
            r.number = parts.last();
        }
        out.append({r, ++citation});
    }
}

void findPublications(const QString &text, QVector<Candidate> &out, int &citation)
{
    QRegularExpressionMatchIterator it = RegexText::all(publicationRe(), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString series = m.captured(1).toLower();
        Reference r = fromMatch(text, m, ReferenceKind::Kamerstuk);
        r.id = series + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') + m.captured(3);
        r.kind = kindOfId(r.id);
        r.number = m.captured(3);
        out.append({r, ++citation});
    }
}

// Earlier first; at one start the longer match wins, and whatever overlaps a kept one goes.
QVector<Candidate> withoutOverlaps(QVector<Candidate> all)
{
    std::stable_sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        if (a.ref.at.start != b.ref.at.start)
            return a.ref.at.start < b.ref.at.start;
        return a.ref.at.end > b.ref.at.end;
    });
    QVector<Candidate> kept;
    int end = -1;
    for (const Candidate &c : all) {
        if (c.ref.at.start < end)
            continue;
        kept.append(c);
        end = c.ref.at.end;
    }
    return kept;
}

// A Kamerstuk is a motion when the words before it in the same sentence, since the previous
// reference, speak of a motion: "de motie van het lid X (Kamerstuk 21501-02, nr. 2898)".
bool followsMotionWord(const QString &text, int from, int to)
{
    constexpr int kLookBack = 400;
    from = qMax(from, to - kLookBack);
    QString window = text.mid(from, to - from);
    QRegularExpressionMatchIterator it = RegexText::all(sentenceEndRe(), window);
    int sentenceStart = 0;
    while (it.hasNext())
        sentenceStart = it.next().capturedEnd(0);
    return RegexText::from(motionWordRe(), window, sentenceStart).hasMatch();
}

void markMotions(const QString &text, QVector<Candidate> &refs)
{
    int previousEnd = 0;
    for (int i = 0; i < refs.size(); ++i) {
        const bool firstOfCitation = i == 0 || refs[i - 1].citation != refs[i].citation;
        if (firstOfCitation && refs[i].ref.kind == ReferenceKind::Kamerstuk
            && followsMotionWord(text, previousEnd, refs[i].ref.at.start)) {
            for (int j = i; j < refs.size() && refs[j].citation == refs[i].citation; ++j)
                refs[j].ref.kind = ReferenceKind::Motie;
        }
        previousEnd = refs[i].ref.at.end;
    }
}

} // namespace

QVector<Reference> ReferenceParser::find(const QString &input)
{
    const QString text = RegexText::sanitised(input);
    QVector<Candidate> all;
    int citation = 0;
    for (const KamerstukCitationParser::Found &f : KamerstukCitationParser::find(text)) {
        all.append({f.ref, f.citation});
        citation = qMax(citation, f.citation);
    }
    findAanhangsels(text, all, citation);
    findHandelingen(text, all, citation);
    findBareIds(text, all, citation);
    findPublications(text, all, citation);
    findParenthesisedKamerstukken(text, all, citation);

    QVector<Candidate> kept = withoutOverlaps(all);
    markMotions(text, kept);
    QVector<Reference> out;
    out.reserve(kept.size());
    for (Candidate &c : kept) {
        c.ref.url = urlFor(c.ref.id);
        out.append(c.ref);
    }
    return out;
}

QString ReferenceParser::urlFor(const QString &id)
{
    static const QString base = QStringLiteral("https://zoek.officielebekendmakingen.nl/");
    if (id.startsWith(QLatin1String("dossier-")))
        return base + QStringLiteral("dossier/") + id.mid(8);
    return base + id + QStringLiteral(".html");
}

} // namespace diptych
