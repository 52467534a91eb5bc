#include "analysis/MentionFinder.h"

#include "analysis/ArticleSummits.h"
#include "analysis/DateParser.h"
#include "analysis/InformalAbbreviations.h"
#include "analysis/PlaceNames.h"
#include "analysis/RegexText.h"

#include <QRegularExpression>

#include <algorithm>

namespace diptych {

namespace {

const QString &kWs = RegexText::space();

// Patterns below write "WS" for any space, including the no-break space PDFs produce.
QRegularExpression compile(const QString &pattern)
{
    QString p = pattern;
    p.replace(QStringLiteral("WS"), kWs);
    return RegexText::unicodePattern(p);
}

// How a kind of meeting is named. Group "noun" is the name as written; a summit named after
// its place ("Washington-top") also has group "place".
struct NounPattern {
    QRegularExpression re;
    MentionKind what;
    bool afterArticle = false; // "de top": found by ArticleSummits, not by a scan
    // "(informele) RBZ": found by InformalAbbreviations around these names, not by a scan.
    QStringList abbreviations = {};
    bool leadingI = false; // "iFMM"
    bool caseless = false; // the names without case ("bijeenkomst")
};

const QVector<NounPattern> &nounPatterns()
{
    constexpr MentionKind summit = MentionKind::Summit;
    constexpr MentionKind council = MentionKind::Council;
    constexpr MentionKind fmm = MentionKind::Fmm;
    constexpr MentionKind meeting = MentionKind::Meeting;
    static const QVector<NounPattern> patterns = {
        {compile(QStringLiteral("(?<![\\p{L}-])(?<noun>(?:NAVO|NATO)[- ]?(?:[Tt]op|TOP|[Ss]ummit))(?![\\p{L}-])")),
         summit},
        {compile(QStringLiteral("(?<!\\p{L})(?:[Dd]e|[Dd]eze|volgende|aanstaande|aankomende|komende)WS+"
                                "(?<noun>[Tt]op|[Ss]ummit)(?![\\p{L}-])")),
         summit, true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?:(?i:informele|informal)WS+)?(?:Raad(?:WS+van)?WS+Buitenlandse"
                                "WS+Zaken(?:WS+Handel)?|RaadWS+AlgemeneWS+Zaken|EuropeseWS+Raad|"
                                "Noord-AtlantischeWS+Raad|NATO-UkraineWS+Council|ForeignWS+AffairsWS+Council|"
                                "EuropeanWS+Council))(?!\\p{L})")),
         council, false,
         QStringLiteral("Raad Europese Noord-Atlantische NATO-Ukraine Foreign European").split(QLatin1Char(' '))},
        {compile(
             QStringLiteral("(?<!\\p{L})(?<noun>(?:(?i:informele|informal)WS+)?(?:RBZ|RAZ|FAC|NAR|NUC))(?!\\p{L})")),
         council, false, QStringLiteral("RBZ RAZ FAC NAR NUC").split(QLatin1Char(' '))},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?:(?i:informele|informal)WS+)?(?:(?:NAVO|NATO)[- ])?"
                                "(?i:foreignWS+ministers['’]?WS+meeting))(?!\\p{L})")),
         fmm,
         false,
         {QStringLiteral("foreign")},
         false,
         true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?:(?i:informele|informal)WS+)?i?FMM)(?!\\p{L})")),
         fmm,
         false,
         {QStringLiteral("FMM")},
         true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?i:(?:informeleWS+)?bijeenkomstWS+vanWS+(?:deWS+)?"
                                "(?:navo|nato)[- ]?ministersWS+vanWS+buitenlandseWS+zaken))(?!\\p{L})")),
         fmm,
         false,
         {QStringLiteral("bijeenkomst")},
         false,
         true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?:(?:NAVO|NATO)[- ])?(?i:defen[cs]eWS+ministers['’]?WS+meeting))"
                                "(?!\\p{L})")),
         meeting,
         false,
         {QStringLiteral("defen")},
         false,
         true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?i:(?:informeleWS+)?bijeenkomstWS+vanWS+(?:deWS+)?"
                                "(?:navo|nato)[- ]?ministersWS+vanWS+defensie))(?!\\p{L})")),
         meeting,
         false,
         {QStringLiteral("bijeenkomst")},
         false,
         true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?i:(?:informeleWS+)?ministeriëleWS+(?:navo-)?bijeenkomst"
                                "(?:WS+vanWS+deWS+(?:navo|nato))?))(?!\\p{L})")),
         meeting,
         false,
         {QStringLiteral("ministeri")},
         false,
         true},
        {compile(QStringLiteral("(?<!\\p{L})(?<noun>(?:NAVO|NATO)-(?i:defensieministers(?:overleg|bijeenkomst)?))"
                                "(?!\\p{L})")),
         meeting},
    };
    return patterns;
}

QString placePattern()
{
    return QStringLiteral(
        "(?<place>(?:(?:Den|Le|La|Los|Las|San|Sint|Saint|New|The)WS+\\p{Lu}\\p{L}+|['’]s-\\p{Lu}\\p{L}+|"
        "\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)(?:,?WS+(?:D\\.WS?C\\.|DC)(?!\\p{L}))?)(?![\\p{L}-])");
}

QString monthPattern()
{
    return QStringLiteral("(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                          "december|january|february|march|may|june|july|august|october)");
}

const QRegularExpression &abbreviationRe()
{
    static const QRegularExpression re = compile(QStringLiteral("WS*\\(\\p{L}{2,8}\\)"));
    return re;
}

// "in Vilnius", "te Brussel".
const QRegularExpression &placeRe()
{
    static const QRegularExpression re = compile(QStringLiteral("WS+(?i:in|te)WS+") + placePattern());
    return re;
}

// A summit may name its place directly when a month or date follows: "NAVO-top Washington juli 2024".
const QRegularExpression &barePlaceRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("WS+") + placePattern() + QStringLiteral("(?=WS+(?:\\d|") + monthPattern()
                + QStringLiteral("))"));
    return re;
}

// What may stand between a meeting and its date: "van", "op", ", gepland op", or nothing.
const QRegularExpression &dateLeadRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("WS*,?WS*(?i:(?:gepland|gehouden|die plaatsvindt|die plaatsvond|dat plaatsvindt)WS+)?"
                               "(?i:(?:op|van|d\\.d\\.)WS+)?"));
    return re;
}

// "in juli", "in juli 2023", "in 2014" (and, for summits, "juli 2024" directly).
const QRegularExpression &monthYearRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("WS+(?i:(?:in|van|medio|begin|eind)WS+)?(?:(?<month>") + monthPattern()
                + QStringLiteral(")(?:WS+(?<year1>(?:19|20)\\d{2}))?|(?<year2>(?:19|20)\\d{2}))(?![\\p{L}\\d])"));
    return re;
}

QRegularExpressionMatch matchAt(const QRegularExpression &re, const QString &text, int pos)
{
    return RegexText::at(re, text, pos);
}

// What follows a meeting's name: abbreviation, place and date in the orders letters use.
struct Tail {
    int nameEnd = 0;
    int end = 0;
    QString place;
    DateRange date;
    int year = 0;
    int month = 0;
    bool informative() const { return !place.isEmpty() || date.isValid() || year != 0 || month != 0; }
};

bool readPlace(const QString &text, const QRegularExpression &re, Tail &t)
{
    const QRegularExpressionMatch m = matchAt(re, text, t.end);
    const QString place = m.captured(QStringLiteral("place"));
    if (!m.hasMatch() || !PlaceNames::isPlace(place.section(QLatin1Char(' '), 0, 0)))
        return false;
    t.place = PlaceNames::normalise(place);
    t.end = m.capturedEnd(0);
    return true;
}

// The date must start right after its lead-in.
bool readDate(const QString &text, int contextYear, Tail &t)
{
    const int at = matchAt(dateLeadRe(), text, t.end).capturedEnd(0);
    const DateRange d = DateParser::parseAt(text, at, contextYear);
    if (!d.isValid())
        return false;
    t.date = d;
    t.year = d.start.year();
    t.end = d.position + d.length;
    return true;
}

bool readMonthOrYear(const QString &text, int contextYear, Tail &t)
{
    const QRegularExpressionMatch m = matchAt(monthYearRe(), text, t.end);
    if (!m.hasMatch())
        return false;
    t.month = DateParser::monthNumber(m.captured(QStringLiteral("month")));
    const QString year = m.captured(QStringLiteral("year1")) + m.captured(QStringLiteral("year2"));
    t.year = year.isEmpty() ? contextYear : year.toInt();
    t.end = m.capturedEnd(0);
    return true;
}

Tail readTail(const QString &text, int nounEnd, bool summit, int contextYear)
{
    Tail t;
    t.end = nounEnd;
    const QRegularExpressionMatch abbr = matchAt(abbreviationRe(), text, t.end);
    if (abbr.hasMatch())
        t.end = abbr.capturedEnd(0);
    if (!readPlace(text, placeRe(), t) && summit)
        readPlace(text, barePlaceRe(), t);
    t.nameEnd = t.end;
    const bool dated = readDate(text, contextYear, t) || readMonthOrYear(text, contextYear, t);
    if (dated && t.place.isEmpty())
        readPlace(text, placeRe(), t);
    return t;
}

struct Candidate {
    int start = 0;
    int end = 0;
    QString place; // from the name itself ("Washington-top")
    const NounPattern *pattern = nullptr;
};

// A summit named after its place: "Washington-top", "Vilnius-summit". Found from the
// literal "-top"/"-summit" backwards; as a regex starting at every capital it cost more than
// all other meeting names together.
const NounPattern &placeSummit()
{
    static const NounPattern pattern{QRegularExpression(), MentionKind::Summit};
    return pattern;
}

// The length of "-top"/"-summit" at a dash, or 0.
qsizetype summitSuffixAt(const QString &text, qsizetype dash)
{
    static const QLatin1String suffixes[] = {QLatin1String("top"), QLatin1String("Top"), QLatin1String("summit"),
                                             QLatin1String("Summit")};
    const QStringView rest = QStringView(text).mid(dash + 1);
    for (const QLatin1String suffix : suffixes) {
        if (rest.startsWith(suffix))
            return suffix.size() + 1;
    }
    return 0;
}

void addPlaceSummits(const QString &text, QVector<Candidate> &out)
{
    const auto letterOrDash = [](QChar c) { return c.isLetter() || c == QLatin1Char('-'); };
    // One pass over the dashes (a vectorised character search), not one per suffix.
    for (qsizetype at = text.indexOf(QLatin1Char('-')); at >= 0; at = text.indexOf(QLatin1Char('-'), at + 1)) {
        const qsizetype suffix = summitSuffixAt(text, at);
        const qsizetype end = at + suffix;
        if (suffix == 0 || (end < text.size() && letterOrDash(text[end])))
            continue;
        qsizetype begin = at;
        while (begin > 0 && text[begin - 1].isLetter())
            --begin;
        const QString place = text.mid(begin, at - begin);
        if (place.size() < 2 || !place[0].isUpper() || (begin > 0 && text[begin - 1] == QLatin1Char('-'))
            || place.startsWith(QLatin1String("NAVO")) || place.startsWith(QLatin1String("NATO")))
            continue;
        out.append({int(begin), int(end), place, &placeSummit()});
    }
}

QVector<Candidate> candidates(const QString &text)
{
    QVector<Candidate> out;
    for (const NounPattern &p : nounPatterns()) {
        if (p.afterArticle || !p.abbreviations.isEmpty()) {
            const auto nouns = p.afterArticle
                                   ? ArticleSummits::find(p.re, text)
                                   : InformalAbbreviations::find(p.re, text, p.abbreviations, p.leadingI, p.caseless);
            for (const auto &noun : nouns)
                out.append({noun.first, noun.second, QString(), &p});
            continue;
        }
        QRegularExpressionMatchIterator it = RegexText::all(p.re, text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out.append({int(m.capturedStart(QStringLiteral("noun"))), int(m.capturedEnd(QStringLiteral("noun"))),
                        m.captured(QStringLiteral("place")), &p});
        }
    }
    addPlaceSummits(text, out);
    // Earlier first, and at one start the longer name, so "Raad Buitenlandse Zaken (RBZ)" wins
    // over the "RBZ" inside it.
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return out;
}

} // namespace

QVector<Mention> MentionFinder::find(const QString &input, int contextYear)
{
    const QString text = RegexText::sanitised(input);
    QVector<Mention> out;
    int blockedUntil = 0;
    for (const Candidate &c : candidates(text)) {
        if (c.start < blockedUntil)
            continue;
        blockedUntil = c.end;
        const bool summit = c.pattern->what == MentionKind::Summit;
        Tail t = readTail(text, c.end, summit, contextYear);
        if (t.place.isEmpty() && !c.place.isEmpty())
            t.place = PlaceNames::normalise(c.place);
        // A bare "de top" or "de FMM" says nothing the reader can place; only named ones count.
        if (!t.informative())
            continue;
        Mention m;
        m.what = c.pattern->what;
        m.name = text.mid(c.start, t.nameEnd - c.start).simplified();
        m.place = t.place;
        m.start = t.date.start;
        m.end = t.date.end;
        m.year = t.year;
        m.month = t.date.isValid() ? 0 : t.month;
        m.text = text.mid(c.start, t.end - c.start).simplified();
        m.at.start = c.start;
        m.at.end = t.end;
        out.append(m);
        blockedUntil = t.end;
    }
    return out;
}

} // namespace diptych
