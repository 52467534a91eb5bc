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

QString MeetingDetector::place(const MeetingEvidence &e)
{
    static const RE hq(QStringLiteral("(?:NAVO|NATO)[- ]?(?:hoofdkwartier|headquarters|HQ)|hoofdkwartier\\s+van\\s+de\\s+NAVO"),
                       RE::CaseInsensitiveOption);
    static const RE after(QStringLiteral(
        "(?:plaats|bijeen|Meeting|bijeenkomst|vergadering|vergaderen|FMM\\)?|iFMM\\)?|samen|bijeengekomen)"
        "(?:\\s+\\([^)]*\\))?\\s+(?:in|te)\\s+((?:Den\\s+Haag|['’]s-Gravenhage|\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?)(?:\\s+D\\.?C\\.?)?)"));
    static const RE generic(QStringLiteral(
        "(?<![Tt]op\\s)(?<![Tt]op\\sin\\s)\\b(?:in|te)\\s+(Den\\s+Haag|\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)\\b"));
    static const QStringList notPlaces = {
        QStringLiteral("Oekraïne"), QStringLiteral("Europa"), QStringLiteral("Nederland"), QStringLiteral("Rusland"),
        QStringLiteral("China"), QStringLiteral("Zweden"), QStringLiteral("Buitenlandse"), QStringLiteral("Defensie"),
        QStringLiteral("Gaza"), QStringLiteral("Israël"), QStringLiteral("Kosovo"), QStringLiteral("Irak"),
        QStringLiteral("Het"), QStringLiteral("De"), QStringLiteral("Dit"), QStringLiteral("Deze")};
    const QStringList scopes = {e.title, meetingSentence(e.cover), meetingSentence(e.opening), e.opening};
    for (const QString &scope : scopes) {
        if (scope.isEmpty())
            continue;
        const auto m = after.match(scope);
        if (m.hasMatch() && DateParser::monthNumber(m.captured(1)) == 0 && !notPlaces.contains(m.captured(1)))
            return normalisePlace(m.captured(1));
        if (hq.match(scope).hasMatch())
            return QStringLiteral("Brussel");
    }
    for (int i = 0; i < 2; ++i) {
        auto it = generic.globalMatch(scopes[i + 1]);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString candidate = m.captured(1);
            const QString before = scopes[i + 1].left(m.capturedStart()).right(12);
            if (before.contains(QStringLiteral("top"), Qt::CaseInsensitive))
                continue;
            if (DateParser::monthNumber(candidate) == 0 && !notPlaces.contains(candidate))
                return normalisePlace(candidate);
        }
    }
    return {};
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
