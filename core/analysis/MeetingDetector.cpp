#include "analysis/MeetingDetector.h"

#include "analysis/DateParser.h"

#include <QRegularExpression>

namespace diptych {

namespace {

using RE = QRegularExpression;

const RE &fmmPattern()
{
    static const RE re(QStringLiteral(
        "Foreign\\s+Ministers['’]?\\s+Meeting|\\bi?FMM\\b|ministers\\s+van\\s+Buitenlandse\\s+Zaken\\s+van\\s+de\\s+NAVO"
        "|NAVO[- ]?[Mm]inisters\\s+van\\s+Buitenlandse\\s+Zaken|[Mm]inisteri[eë]le\\s+(?:bijeenkomst|vergadering)\\s+van\\s+de\\s+NAVO"
        "|NAVO[- ][Mm]inisteri[eë]le|Noord-Atlantische\\s+Raad.{0,60}Buitenlandse\\s+Zaken"
        "|NATO\\s+Foreign\\s+Ministers"), RE::CaseInsensitiveOption);
    return re;
}

const RE &otherCouncilPattern()
{
    static const RE re(QStringLiteral(
        "Raad\\s+Buitenlandse\\s+Zaken|\\bRBZ\\b|Europese\\s+Raad|Raad\\s+Algemene\\s+Zaken"
        "|Ministers?\\s+van\\s+Defensie|Defen[cs]e\\s+Ministers|\\bDMM\\b|Defensieraad"),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &informalPattern()
{
    static const RE re(QStringLiteral(
        "\\biFMM\\b|\\binformal\\s+(?:NATO\\s+)?Foreign|\\binformele\\s+(?:NAVO[- ]?)?(?:ministeri[eë]le\\s+)?"
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

QString MeetingDetector::meetingType(const MeetingEvidence &e)
{
    const QString head = e.title.isEmpty() ? meetingSentence(e.cover + QLatin1Char(' ') + e.opening) : e.title;
    const bool fmmInHead = fmmPattern().match(head).hasMatch();
    if (!fmmInHead && otherCouncilPattern().match(head).hasMatch())
        return {};
    const QString all = e.title + QLatin1Char('\n') + e.cover + QLatin1Char('\n') + e.opening;
    if (!fmmInHead && !fmmPattern().match(all).hasMatch())
        return {};
    const QString informalScope = e.title.isEmpty() ? meetingSentence(e.cover) + QLatin1Char(' ') + meetingSentence(e.opening)
                                                     : e.title + QLatin1Char(' ') + meetingSentence(e.cover);
    return informalPattern().match(informalScope).hasMatch() ? QStringLiteral("iFMM") : QStringLiteral("FMM");
}

QString MeetingDetector::normalisePlace(const QString &place)
{
    QString p = place.trimmed();
    static const RE trailing(QStringLiteral("\\s+(?:D\\.?\\s?C\\.?|DC)$"));
    p.remove(trailing);
    if (p == QLatin1String("’s-Gravenhage") || p == QLatin1String("'s-Gravenhage") || p == QLatin1String("The Hague"))
        return QStringLiteral("Den Haag");
    if (p == QLatin1String("Brussels"))
        return QStringLiteral("Brussel");
    return p;
}

namespace {

bool isPlaceName(const QString &candidate)
{
    static const QStringList notPlaces = {
        QStringLiteral("Oekraïne"), QStringLiteral("Europa"), QStringLiteral("Nederland"), QStringLiteral("Rusland"),
        QStringLiteral("China"), QStringLiteral("Zweden"), QStringLiteral("Buitenlandse"), QStringLiteral("Defensie"),
        QStringLiteral("Gaza"), QStringLiteral("Israël"), QStringLiteral("Kosovo"), QStringLiteral("Irak"),
        QStringLiteral("Het"), QStringLiteral("De"), QStringLiteral("Dit"), QStringLiteral("Deze"),
        QStringLiteral("Zaken"), QStringLiteral("Afghanistan")};
    return DateParser::monthNumber(candidate) == 0 && !notPlaces.contains(candidate);
}

// The place in one piece of text: "bijeen in Praag", "plaats in Oslo", the NATO headquarters;
// with anyIn also a plain "in Brussel" that does not name a summit ("de top in Vilnius").
QString placeIn(const QString &scope, bool anyIn)
{
    static const RE hq(QStringLiteral("(?:NAVO|NATO)[- ]?(?:hoofdkwartier|headquarters|HQ)|hoofdkwartier\\s+van\\s+de\\s+NAVO"),
                       RE::CaseInsensitiveOption);
    static const RE after(QStringLiteral(
        "\\b(?:plaats|bijeen|Meeting|bijeenkomst|vergadering|vergaderen|FMM\\)?|iFMM\\)?|samen|bijeengekomen|plaatsvond|plaatsvindt)"
        "(?:\\s+\\([^)]*\\))?\\s+(?:in|te)\\s+((?:Den\\s+Haag|['’]s-Gravenhage|\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?)(?:\\s+D\\.?C\\.?)?)"));
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

Meeting MeetingDetector::run(const MeetingEvidence &e)
{
    Meeting m;
    m.type = meetingType(e);
    if (m.type.isEmpty())
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
    return m;
}

} // namespace diptych
