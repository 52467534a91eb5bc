#include "links/MentionLinker.h"

#include "compare/TextFolding.h"
#include "links/GroupLinker.h"
#include "links/MeetingNames.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace diptych {

namespace {

bool isSummit(const Mention &m) { return m.what == MentionKind::Summit; }

int yearOf(const Mention &m) { return m.start.isValid() ? m.start.year() : m.year; }

bool placesAgree(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || TextFolding::fold(a) == TextFolding::fold(b);
}

// A summit mention with what its letter and the set tell about it.
struct Resolved {
    int document = -1;
    const Mention *mention = nullptr;
    QString place; // folded
    int year = 0;
};

// Fills a missing year or place from the other summit mentions of the same letter.
void resolveInLetter(QVector<Resolved> &mentions)
{
    QHash<QString, QSet<int>> yearsByPlace;
    for (const Resolved &r : mentions) {
        if (!r.place.isEmpty() && r.year)
            yearsByPlace[r.place].insert(r.year);
    }
    QSet<QString> places;
    for (const Resolved &r : mentions) {
        if (!r.place.isEmpty())
            places.insert(r.place);
    }
    for (Resolved &r : mentions) {
        if (r.place.isEmpty() && r.year && places.size() == 1)
            r.place = *places.cbegin();
        const QSet<int> years = yearsByPlace.value(r.place);
        if (!r.year && years.size() == 1)
            r.year = *years.cbegin();
    }
}

// The year of a summit a letter names without one: the only year the set knows for that
// place, or else the known year nearest the letter's own meeting, if within two years
// (letters speak of the summit ahead or the one just held); later wins a tie.
int likelyYear(const QSet<int> &known, const QDate &letterDate)
{
    if (known.size() == 1)
        return *known.cbegin();
    if (!letterDate.isValid())
        return 0;
    int best = 0;
    for (int year : known) {
        const int distance = qAbs(year - letterDate.year());
        if (distance <= 2
            && (!best || distance < qAbs(best - letterDate.year())
                || (distance == qAbs(best - letterDate.year()) && year > best)))
            best = year;
    }
    return best;
}

QString groupKey(const QString &place, int year) { return place + QLatin1Char('|') + QString::number(year); }

} // namespace

QVector<SummitGroup> MentionLinker::summits(const QVector<Analysis> &docs, const QVector<int> &rank)
{
    QVector<Resolved> all;
    for (int d = 0; d < docs.size(); ++d) {
        QVector<Resolved> inLetter;
        for (const Mention &m : docs.at(d).mentions) {
            if (isSummit(m))
                inLetter << Resolved{d, &m, TextFolding::fold(m.place), yearOf(m)};
        }
        resolveInLetter(inLetter);
        all << inLetter;
    }
    // A place the whole set knows in one year only gives that year to the rest.
    QHash<QString, QSet<int>> yearsByPlace;
    QHash<qint64, QString> keyByDate;
    for (const Resolved &r : all) {
        if (!r.place.isEmpty() && r.year) {
            yearsByPlace[r.place].insert(r.year);
            if (r.mention->start.isValid())
                keyByDate.insert(r.mention->start.toJulianDay(), groupKey(r.place, r.year));
        }
    }
    QMap<QString, SummitGroup> groups; // sorted key: output independent of hash order
    QHash<QString, QSet<int>> seen;
    for (Resolved &r : all) {
        if (!r.year)
            r.year = likelyYear(yearsByPlace.value(r.place), docs.at(r.document).meeting.start);
        QString key = groupKey(r.place, r.year);
        if (r.place.isEmpty() && r.mention->start.isValid())
            key = keyByDate.value(r.mention->start.toJulianDay(),
                                  QStringLiteral("|") + r.mention->start.toString(Qt::ISODate));
        else if (r.place.isEmpty())
            continue; // neither place nor date: nothing to group by
        SummitGroup &g = groups[key];
        if (g.place.isEmpty())
            g.place = r.mention->place;
        g.year = qMax(g.year, r.year);
        if (g.name.isEmpty() || (!g.start.isValid() && r.mention->start.isValid()))
            g.name = r.mention->name;
        if (!g.start.isValid() && r.mention->start.isValid()) {
            g.start = r.mention->start;
            g.end = r.mention->end;
        }
        if (!seen[key].contains(r.document)) {
            seen[key].insert(r.document);
            g.documents << r.document;
        }
    }
    QVector<SummitGroup> out;
    for (SummitGroup &g : groups) {
        std::sort(g.documents.begin(), g.documents.end(), [&](int a, int b) { return rank.at(a) < rank.at(b); });
        out << g;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SummitGroup &a, const SummitGroup &b) { return a.year < b.year; });
    return out;
}

QVector<DocumentLink> MentionLinker::meetingLinks(const QVector<Analysis> &docs, const QVector<MeetingEntry> &meetings,
                                                  const QVector<int> &meetingOf, const QStringList &names)
{
    QVector<DocumentLink> out;
    auto startsBefore = [](const MeetingEntry &e, const QDate &d) { return e.meeting.start < d; };
    for (int d = 0; d < docs.size(); ++d) {
        for (const Mention &m : docs.at(d).mentions) {
            if (isSummit(m) || m.what == MentionKind::Council)
                continue;
            // Meetings starting within a day of the mention, or in its month when no day is named.
            QDate from = m.start.addDays(-1), to = m.start.addDays(1);
            if (!m.start.isValid()) {
                if (!m.year || !m.month || m.place.isEmpty())
                    continue;
                from = QDate(m.year, m.month, 1);
                to = from.addMonths(1).addDays(-1);
            }
            for (auto it = std::lower_bound(meetings.cbegin(), meetings.cend(), from, startsBefore);
                 it != meetings.cend() && it->meeting.start <= to; ++it) {
                const int target = int(it - meetings.cbegin());
                if (target == meetingOf.at(d) || !placesAgree(m.place, it->meeting.place))
                    continue;
                const QString name = MeetingNames::meeting(it->meeting);
                for (int member : it->documents())
                    out << DocumentLink{d,
                                        member,
                                        LinkKind::MentionsMeeting,
                                        QStringLiteral("mentions ") + name + QStringLiteral(": ") + names.at(member),
                                        name,
                                        m.at,
                                        {}};
            }
        }
    }
    return out;
}

MentionLinker::Result MentionLinker::link(const QVector<Analysis> &docs, const QVector<MeetingEntry> &meetings,
                                          const QVector<int> &meetingOf, const QVector<int> &rank,
                                          const QStringList &names)
{
    Result result;
    result.links = meetingLinks(docs, meetings, meetingOf, names);
    result.summits = summits(docs, rank);
    for (const SummitGroup &g : result.summits) {
        const QString name =
            g.name + (g.year ? QStringLiteral(" (") + QString::number(g.year) + QLatin1Char(')') : QString());
        GroupLinker::link(
            g.documents, LinkKind::MentionsMeeting, name,
            [&](int, int to) -> QString {
                return QStringLiteral("also mentions ") + name + QStringLiteral(": ") + names.at(to);
            },
            result.links);
    }
    return result;
}

} // namespace diptych
