#include "analysis/MeetingDetector.h"

#include "analysis/DateParser.h"

#include <QRegularExpression>
#include <QVector>

#include <optional>

namespace diptych {

namespace {

using RE = QRegularExpression;

const RE &fmmPattern()
{
    static const RE re(
        QStringLiteral("Foreign\\s+Ministers['’]?\\s+Meeting|\\bi?FMM\\b|ministers\\s+van\\s+Buitenlandse\\s+Zaken\\s+"
                       "van\\s+de\\s+NAVO"
                       "|NAVO[- "
                       "]?[Mm]inisters\\s+van\\s+Buitenlandse\\s+Zaken|[Mm]inisteri[eë]le\\s+(?:bijeenkomst|"
                       "vergadering)\\s+van\\s+de\\s+NAVO"
                       "|NAVO[- ][Mm]inisteri[eë]le|Noord-Atlantische\\s+Raad.{0,60}Buitenlandse\\s+Zaken"
                       "|NATO\\s+Foreign\\s+Ministers"),
        RE::CaseInsensitiveOption);
    return re;
}

// The meetings a letter can be the agenda or verslag of, by what the letter calls them.
// MeetingType::None names a meeting Diptych does not type (the European Council).
struct MeetingName {
    MeetingType type;
    RE pattern;
};

const QVector<MeetingName> &meetingNames()
{
    static const QVector<MeetingName> names = {
        {MeetingType::Fmm, fmmPattern()},
        {MeetingType::Rbz,
         RE(QStringLiteral("Raad\\s+Buitenlandse\\s+Zaken|\\bRBZ\\b|Foreign\\s+Affairs\\s+Council|\\bFAC\\b"),
            RE::CaseInsensitiveOption)},
        {MeetingType::Raz,
         RE(QStringLiteral("Raad\\s+Algemene\\s+Zaken|\\bRAZ\\b|General\\s+Affairs\\s+Council|\\bGAC\\b"),
            RE::CaseInsensitiveOption)},
        {MeetingType::NavoTop,
         RE(QStringLiteral("\\b(?:NAVO|NATO)[- ]?(?:top|summit)\\b|\\btop\\s+van\\s+de\\s+NAVO\\b"),
            RE::CaseInsensitiveOption)},
        {MeetingType::Dmm,
         RE(QStringLiteral("\\b(?:NAVO[- ]?)?[Dd]efensieministers\\b|\\bministers\\s+van\\s+Defensie\\b"
                           "|\\bDefen[cs]e\\s+Ministers\\b|\\bDMM\\b|\\bDefensieraad\\b"),
            RE::CaseInsensitiveOption)},
        {MeetingType::None, RE(QStringLiteral("\\bEuropese\\s+Raad\\b|\\bEuropean\\s+Council\\b"))},
    };
    return names;
}

// The meeting named first in text: its type, or nothing when none is named.
std::optional<MeetingType> firstNamedMeeting(const QString &text)
{
    std::optional<MeetingType> type;
    qsizetype first = text.size();
    for (const MeetingName &name : meetingNames()) {
        const auto m = name.pattern.match(text);
        if (m.hasMatch() && m.capturedStart() < first) {
            first = m.capturedStart();
            type = name.type;
        }
    }
    return type;
}

const RE &informalPattern()
{
    static const RE re(
        QStringLiteral("\\biFMM\\b|\\binformal\\s+(?:NATO\\s+)?(?:Foreign|meeting|ministerial|gathering)|\\bGymnich\\b|"
                       "\\binformele\\s+(?:NAVO[- ]?)?(?:ministeri[eë]le\\s+)?"
                       "(?:bijeenkomst|vergadering|Foreign|FMM|NAVO|ministers|ministeriële|Raad)|\\bINFORMELE\\b"),
        RE::CaseInsensitiveOption);
    return re;
}

// The first sentence-sized piece of text around a meeting keyword.
QString meetingSentence(const QString &text)
{
    static const RE sentence(QStringLiteral("[^.!?]*(?:bijeen|plaats|Meeting|FMM|bijeenkomst|vergadering)[^.!?]*"),
                             RE::CaseInsensitiveOption);
    const auto m = sentence.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

// Dates of a piece of text, the missing year taken from what the letter tells.
DateRange datesIn(const QString &text, const MeetingEvidence &e)
{
    DateRange d = DateParser::findFirst(text, 0);
    if (d.isValid())
        return d;
    // No year written: parse again with the year the context suggests for that month.
    DateRange probe = DateParser::findFirst(text, 2000);
    if (!probe.isValid())
        return probe;
    const int year = MeetingDetector::contextYear(e, probe.start.month());
    if (!year)
        return {};
    return DateParser::findFirst(text, year);
}

} // namespace

int MeetingDetector::contextYear(const MeetingEvidence &e, int month)
{
    // The parliamentary year runs from September: 2023–2024 puts November in 2023, May in 2024.
    if (e.vergaderjaar)
        return month >= 9 ? e.vergaderjaar : e.vergaderjaar + 1;
    if (e.letterDate.isValid())
        return month + 2 < e.letterDate.month() ? e.letterDate.year() + 1 : e.letterDate.year();
    return e.frequentYear;
}

MeetingType MeetingDetector::meetingType(const MeetingEvidence &e)
{
    const QString head = e.title.isEmpty() ? meetingSentence(e.cover + QLatin1Char(' ') + e.opening) : e.title;
    std::optional<MeetingType> type = firstNamedMeeting(head);
    if (!type) {
        // Not named where the letter says what it is about: an FMM named anywhere in the
        // cover letter or the opening, else the meeting the sentences about a meeting name.
        const QString all = e.title + QLatin1Char('\n') + e.cover + QLatin1Char('\n') + e.opening;
        if (fmmPattern().match(all).hasMatch())
            type = MeetingType::Fmm;
        else
            type = firstNamedMeeting(meetingSentence(e.cover) + QLatin1Char(' ') + meetingSentence(e.opening));
    }
    if (!type || *type != MeetingType::Fmm)
        return type.value_or(MeetingType::None);
    const QString informalScope = e.title.isEmpty()
                                      ? meetingSentence(e.cover) + QLatin1Char(' ') + meetingSentence(e.opening)
                                      : e.title + QLatin1Char(' ') + meetingSentence(e.cover);
    return informalPattern().match(informalScope).hasMatch() ? MeetingType::InformalFmm : MeetingType::Fmm;
}

QString MeetingDetector::normalisePlace(const QString &place)
{
    QString p = place.trimmed();
    static const RE trailing(QStringLiteral("\\s+(?:D\\.?\\s?C\\.?|DC)$"));
    p.remove(trailing);
    if (p == QStringLiteral("’s-Gravenhage") || p == QLatin1String("'s-Gravenhage") || p == QLatin1String("The Hague"))
        return QStringLiteral("Den Haag");
    if (p == QLatin1String("Brussels"))
        return QStringLiteral("Brussel");
    return p;
}

namespace {

bool isPlaceName(const QString &candidate)
{
    static const QStringList notPlaces = {
        QStringLiteral("Oekraïne"),     QStringLiteral("Europa"),   QStringLiteral("Nederland"),
        QStringLiteral("Rusland"),      QStringLiteral("China"),    QStringLiteral("Zweden"),
        QStringLiteral("Buitenlandse"), QStringLiteral("Defensie"), QStringLiteral("Gaza"),
        QStringLiteral("Israël"),       QStringLiteral("Kosovo"),   QStringLiteral("Irak"),
        QStringLiteral("Het"),          QStringLiteral("De"),       QStringLiteral("Dit"),
        QStringLiteral("Deze"),         QStringLiteral("Zaken"),    QStringLiteral("Afghanistan")};
    return DateParser::monthNumber(candidate) == 0 && !notPlaces.contains(candidate);
}

// The place in one piece of text: "bijeen in Praag", "plaats in Oslo", the NATO headquarters;
// with anyIn also a plain "in Brussel" that does not name a summit ("de top in Vilnius").
QString placeIn(const QString &scope, bool anyIn)
{
    static const RE hq(
        QStringLiteral("(?:NAVO|NATO)[- ]?(?:hoofdkwartier|headquarters|HQ)|hoofdkwartier\\s+van\\s+de\\s+NAVO"),
        RE::CaseInsensitiveOption);
    static const RE after(QStringLiteral("\\b(?:plaats|bijeen|Meeting|bijeenkomst|vergadering|vergaderen|FMM\\)?|"
                                         "iFMM\\)?|samen|bijeengekomen|plaatsvond|plaatsvindt)"
                                         "(?:\\s+\\([^)]*\\))?\\s+(?:in|te)\\s+((?:Den\\s+Haag|['’]s-Gravenhage|\\p{Lu}"
                                         "\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?)(?:\\s+D\\.?C\\.?)?)"));
    static const RE generic(QStringLiteral("\\b(?:in|te)\\s+(Den\\s+Haag|\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)\\b"));
    if (scope.isEmpty())
        return {};
    const auto m = after.match(scope);
    if (m.hasMatch() && isPlaceName(m.captured(1)))
        return MeetingDetector::normalisePlace(m.captured(1));
    if (hq.match(scope).hasMatch())
        return QStringLiteral("Brussel");
    if (!anyIn)
        return {};
    auto it = generic.globalMatch(scope);
    while (it.hasNext()) {
        const auto g = it.next();
        const QString before = scope.left(g.capturedStart()).right(12);
        if (!before.contains(QStringLiteral("top"), Qt::CaseInsensitive) && isPlaceName(g.captured(1)))
            return MeetingDetector::normalisePlace(g.captured(1));
    }
    return {};
}

} // namespace

QString MeetingDetector::place(const MeetingEvidence &e)
{
    for (const QString &scope : {e.title, meetingSentence(e.cover), meetingSentence(e.opening)}) {
        const QString found = placeIn(scope, scope != e.title);
        if (!found.isEmpty())
            return found;
    }
    return placeIn(e.opening, false);
}

// Where a summit letter's summit is: "NAVO-top in Washington", "de top in Vilnius" — the words
// that name another meeting's place in a letter about a ministerial meeting.
QString MeetingDetector::summitPlace(const QString &text)
{
    static const RE re(QStringLiteral("\\b(?i:top|summit)\\s+(?:\\d[^.\\n]{0,40}?\\s+)?(?:in|te)\\s+(Den\\s+Haag|\\p{"
                                      "Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?)"));
    const auto m = re.match(text);
    return m.hasMatch() && isPlaceName(m.captured(1)) ? normalisePlace(m.captured(1)) : QString();
}

Meeting MeetingDetector::run(const MeetingEvidence &e)
{
    Meeting m;
    m.type = meetingType(e);
    if (m.type == MeetingType::None)
        return m;
    for (const QString &scope : {e.title, meetingSentence(e.cover), meetingSentence(e.opening), e.opening}) {
        const DateRange d = datesIn(scope, e);
        if (d.isValid()) {
            m.start = d.start;
            m.end = d.end.isValid() ? d.end : d.start;
            break;
        }
    }
    m.place = place(e);
    if (m.place.isEmpty() && m.type == MeetingType::NavoTop)
        m.place = summitPlace(e.title + QLatin1Char('\n') + e.opening);
    return m;
}

} // namespace diptych
