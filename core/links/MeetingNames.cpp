#include "links/MeetingNames.h"

#include <QFileInfo>

namespace diptych {

namespace {

QString monthName(int month)
{
    static const char *const names[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                        "juli",    "augustus", "september", "oktober", "november", "december"};
    return month >= 1 && month <= 12 ? QString::fromLatin1(names[month - 1]) : QString();
}

} // namespace

QString MeetingNames::dates(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return QString();
    const QString tail = QLatin1Char(' ') + monthName(start.month()) + QLatin1Char(' ') + QString::number(start.year());
    if (!end.isValid() || end == start)
        return QString::number(start.day()) + tail;
    if (end.month() == start.month() && end.year() == start.year())
        return QString::number(start.day()) + QLatin1Char('-') + QString::number(end.day()) + tail;
    return QString::number(start.day()) + QLatin1Char(' ') + monthName(start.month()) + QStringLiteral(" - ")
           + QString::number(end.day()) + QLatin1Char(' ') + monthName(end.month()) + QLatin1Char(' ')
           + QString::number(end.year());
}

QString MeetingNames::meeting(const Meeting &meeting)
{
    QStringList parts;
    parts << (meeting.type == MeetingType::None ? QStringLiteral("bijeenkomst") : meetingTypeName(meeting.type));
    if (!meeting.place.isEmpty())
        parts << meeting.place;
    if (meeting.start.isValid())
        parts << dates(meeting.start, meeting.end);
    return parts.join(QLatin1Char(' '));
}

QString MeetingNames::document(const Analysis &analysis, const Meeting &agreed)
{
    // "other" is a JSON value, not a word for people.
    const QString kind = analysis.kind == DocumentKind::Other ? QStringLiteral("letter") : kindName(analysis.kind);
    return kind + QLatin1Char(' ') + meeting(agreed);
}

QString MeetingNames::document(const Analysis &analysis)
{
    if (analysis.meeting.type != MeetingType::None && analysis.meeting.start.isValid())
        return document(analysis, analysis.meeting);
    if (!analysis.title.isEmpty())
        return analysis.title;
    return QFileInfo(analysis.file).fileName();
}

} // namespace diptych
