#include "analysis/DateParser.h"

#include "analysis/RegexText.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace diptych {

namespace {

struct MonthName {
    const char *name;
    int month;
};

// Dutch and English names and the abbreviations letters use ("sept.", "mrt.").
const MonthName kMonths[] = {
    {"januari", 1},  {"january", 1}, {"jan", 1},  {"februari", 2},  {"february", 2}, {"febr", 2},      {"feb", 2},
    {"maart", 3},    {"march", 3},   {"mrt", 3},  {"mar", 3},       {"april", 4},    {"apr", 4},       {"mei", 5},
    {"may", 5},      {"juni", 6},    {"june", 6}, {"jun", 6},       {"juli", 7},     {"july", 7},      {"jul", 7},
    {"augustus", 8}, {"august", 8},  {"aug", 8},  {"september", 9}, {"sept", 9},     {"sep", 9},       {"oktober", 10},
    {"october", 10}, {"okt", 10},    {"oct", 10}, {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
};

// Longest names first so "maart" wins over "mar" inside one alternation.
QString monthAlternation()
{
    std::vector<QString> names;
    for (const MonthName &m : kMonths)
        names.push_back(QString::fromLatin1(m.name));
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList list;
    for (const QString &n : names)
        list << n;
    return list.join(QLatin1Char('|'));
}

const QString kWs = QStringLiteral("[\\s\\x{00A0}]");
const QString kDash = QStringLiteral("[-\\x{2010}-\\x{2015}\\x{2212}]");

QString weekday()
{
    return QStringLiteral("(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
                          "monday|tuesday|wednesday|thursday|friday|saturday|sunday),?")
           + kWs + QStringLiteral("+)?");
}

QString day() { return QStringLiteral("(\\d{1,2})(?!\\d)"); }
QString month() { return QStringLiteral("(") + monthAlternation() + QStringLiteral(")\\.?(?![\\p{L}])"); }
QString year() { return QStringLiteral("(?:,?") + kWs + QStringLiteral("+((?:19|20)\\d{2})(?![\\d\\p{L}]))?"); }

// "-", "–", "tot en met", "t/m" make a range; "en" joins two (usually adjacent) days.
QString connector()
{
    return QStringLiteral("(") + kWs + QStringLiteral("*") + kDash + kWs + QStringLiteral("*|") + kWs
           + QStringLiteral("+(?:tot") + kWs + QStringLiteral("+en") + kWs + QStringLiteral("+met|t/m|tot|en|and|&)")
           + kWs + QStringLiteral("+)");
}

QString suffix()
{
    return QStringLiteral("(?:") + kWs + QStringLiteral("+(?:jl\\.|j\\.l\\.|a\\.s\\.|jongstleden|aanstaande))?");
}

const QRegularExpression::PatternOptions kNoCase =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Where a date can start: a weekday or a one/two-digit number not glued to a word or number.
const QRegularExpression &candidateRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}.,/])(?:\\d{1,2}(?!\\d)|(?:maandag|dinsdag|woensdag|donderdag|"
                       "vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|"
                       "sunday)(?!\\p{L})|(?-i:January|February|March|April|May|June|July|August|"
                       "September|October|November|December)(?!\\p{L}))"),
        kNoCase);
    return re;
}

// "31 mei en 1 juni 2023", "31 december 2023 en 1 januari 2024": groups d1 m1 y1 conn d2 m2 y2.
const QRegularExpression &crossMonthRe()
{
    static const QRegularExpression re(weekday() + day() + kWs + QStringLiteral("+") + month() + year() + connector()
                                           + weekday() + day() + kWs + QStringLiteral("+") + month() + year()
                                           + suffix(),
                                       kNoCase);
    return re;
}

// "30-31 mei 2024", "zaterdag 14 en zondag 15 mei 2022": groups d1 conn d2 m y.
const QRegularExpression &sameMonthRe()
{
    static const QRegularExpression re(weekday() + day() + connector() + weekday() + day() + kWs + QStringLiteral("+")
                                           + month() + year() + suffix(),
                                       kNoCase);
    return re;
}

// "27 mei 2024", "4 april jl.": groups d m y.
const QRegularExpression &singleRe()
{
    static const QRegularExpression re(weekday() + day() + kWs + QStringLiteral("+") + month() + year() + suffix(),
                                       kNoCase);
    return re;
}

// English month-first: "July 9-11, 2024", "May 30, 2024": groups m d1 conn d2 y.
const QRegularExpression &monthFirstRe()
{
    static const QRegularExpression re(
        QStringLiteral("(January|February|March|April|May|June|July|August|September|October|November|"
                       "December)")
            + kWs + QStringLiteral("+") + day() + QStringLiteral("(?:") + connector() + day() + QStringLiteral(")?")
            + year(),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

int toInt(const QRegularExpressionMatch &m, int group) { return m.captured(group).toInt(); }

bool isAnd(const QString &connector)
{
    const QString c = connector.trimmed().toLower();
    return c == QLatin1String("en") || c == QLatin1String("and") || c == QLatin1String("&");
}

// "en" joins days of one meeting; further apart it is a list of dates, of which we take the first.
constexpr int kMaxJoinedDays = 7;

DateRange make(QDate start, QDate end, const QRegularExpressionMatch &m)
{
    DateRange r;
    if (!start.isValid() || !end.isValid() || end < start)
        return r;
    r.start = start;
    r.end = end;
    r.position = m.capturedStart(0);
    r.length = m.capturedLength(0);
    return r;
}

DateRange fromCrossMonth(const QRegularExpressionMatch &m, int contextYear)
{
    const int m1 = DateParser::monthNumber(m.captured(2));
    const int m2 = DateParser::monthNumber(m.captured(6));
    int y1 = toInt(m, 3);
    int y2 = toInt(m, 7);
    if (y2 == 0)
        y2 = y1 != 0 ? (m2 < m1 ? y1 + 1 : y1) : (m2 < m1 ? contextYear + 1 : contextYear);
    if (y1 == 0)
        y1 = m1 > m2 ? y2 - 1 : y2;
    if (contextYear == 0 && m.captured(3).isEmpty() && m.captured(7).isEmpty())
        return {};
    const QDate start(y1, m1, toInt(m, 1));
    const QDate end(y2, m2, toInt(m, 5));
    DateRange r = make(start, end, m);
    if (r.isValid() && isAnd(m.captured(4)) && start.daysTo(end) > kMaxJoinedDays) {
        r.end = r.start;
        const int firstEnd = m.capturedEnd(3) > 0 ? m.capturedEnd(3) : m.capturedEnd(2);
        r.length = firstEnd - r.position;
    }
    return r;
}

DateRange fromSameMonth(const QRegularExpressionMatch &m, int contextYear, int dayGroup1, int connGroup, int dayGroup2,
                        int monthGroup, int yearGroup)
{
    const int y = m.captured(yearGroup).isEmpty() ? contextYear : toInt(m, yearGroup);
    if (y == 0)
        return {};
    const int mon = DateParser::monthNumber(m.captured(monthGroup));
    const QDate start(y, mon, toInt(m, dayGroup1));
    const bool ranged = m.capturedStart(dayGroup2) >= 0;
    const QDate end = ranged ? QDate(y, mon, toInt(m, dayGroup2)) : start;
    if (ranged && (start >= end || (isAnd(m.captured(connGroup)) && start.daysTo(end) > kMaxJoinedDays)))
        return {};
    return make(start, end, m);
}

DateRange tryAt(const QString &text, int pos, int contextYear)
{
    QRegularExpressionMatch m = RegexText::at(crossMonthRe(), text, pos);
    if (m.hasMatch()) {
        const DateRange r = fromCrossMonth(m, contextYear);
        if (r.isValid())
            return r;
    }
    m = RegexText::at(sameMonthRe(), text, pos);
    if (m.hasMatch()) {
        const DateRange r = fromSameMonth(m, contextYear, 1, 2, 3, 4, 5);
        if (r.isValid())
            return r;
    }
    m = RegexText::at(singleRe(), text, pos);
    if (m.hasMatch()) {
        const DateRange r = fromSameMonth(m, contextYear, 1, 0, 99, 2, 3);
        if (r.isValid())
            return r;
    }
    m = RegexText::at(monthFirstRe(), text, pos);
    if (m.hasMatch())
        return fromSameMonth(m, contextYear, 2, 3, 4, 1, 5);
    return {};
}

} // namespace

DateRange DateParser::findFirst(const QString &text, int contextYear, int from)
{
    const QString checked = RegexText::sanitised(text);
    QRegularExpressionMatchIterator it = RegexText::all(candidateRe(), checked, qMax(0, from));
    while (it.hasNext()) {
        const DateRange r = tryAt(checked, it.next().capturedStart(0), contextYear);
        if (r.isValid())
            return r;
    }
    return {};
}

DateRange DateParser::parseAt(const QString &checkedText, int pos, int contextYear)
{
    if (pos < 0 || pos >= checkedText.size())
        return {};
    return tryAt(checkedText, pos, contextYear);
}

int DateParser::monthNumber(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    for (const MonthName &m : kMonths) {
        if (key == QLatin1String(m.name))
            return m.month;
    }
    return 0;
}

} // namespace diptych
