#include "library/MeetingLabel.h"

namespace diptych {

namespace {

const QChar kEnDash(0x2013);

QString dayMonth(const QDate &d, const QLocale &locale)
{
    return QString::number(d.day()) + QLatin1Char(' ') + locale.monthName(d.month());
}

} // namespace

QString dateRangeLabel(const QDate &start, const QDate &end, const QLocale &locale)
{
    if (!start.isValid())
        return QString();
    const QString year = QString::number(start.year());
    if (!end.isValid() || end == start)
        return dayMonth(start, locale) + QLatin1Char(' ') + year;
    if (end.year() != start.year())
        return dayMonth(start, locale) + QLatin1Char(' ') + year + QLatin1Char(' ') + kEnDash + QLatin1Char(' ')
               + dayMonth(end, locale) + QLatin1Char(' ') + QString::number(end.year());
    if (end.month() != start.month())
        return dayMonth(start, locale) + QLatin1Char(' ') + kEnDash + QLatin1Char(' ') + dayMonth(end, locale)
               + QLatin1Char(' ') + year;
    return QString::number(start.day()) + kEnDash + dayMonth(end, locale) + QLatin1Char(' ') + year;
}

QString meetingLabel(const Meeting &meeting, const QLocale &locale)
{
    QStringList parts;
    if (meeting.type != MeetingType::None)
        parts << meetingTypeName(meeting.type);
    const QString dates = dateRangeLabel(meeting.start, meeting.end, locale);
    if (!dates.isEmpty())
        parts << dates;
    QString label = parts.join(QLatin1Char(' '));
    if (!meeting.place.isEmpty())
        label += (label.isEmpty() ? QString() : QStringLiteral(", ")) + meeting.place;
    return label;
}

} // namespace diptych
