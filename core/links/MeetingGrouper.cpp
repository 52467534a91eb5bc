#include "links/MeetingGrouper.h"

#include "compare/TextFolding.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace diptych {

namespace {

struct Cluster {
    QDate first; // start date of the first letter; the sweep relies on it
    QVector<int> documents;
    QVector<bool> shifted; // per member: joined through the guessed-year rule
};

bool samePlace(const QString &a, const QString &b) { return TextFolding::fold(a) == TextFolding::fold(b); }

// How well a letter fits a meeting: -1 when it cannot belong to it, higher is better.
int fit(const Cluster &cluster, const QVector<Analysis> &docs, const Analysis &doc, int dayTolerance)
{
    int best = -1;
    for (int member : cluster.documents) {
        const Meeting &m = docs.at(member).meeting;
        const qint64 days = qAbs(m.start.daysTo(doc.meeting.start));
        if (days > dayTolerance)
            return -1;
        const bool placeKnown = !m.place.isEmpty() && !doc.meeting.place.isEmpty();
        if (placeKnown && !samePlace(m.place, doc.meeting.place))
            return -1;
        // FMM against iFMM only when dates and place both agree: otherwise two meetings. A
        // council, a summit and a ministerial meeting are never one meeting.
        const bool sameType = m.type == doc.meeting.type;
        if (!sameType
            && (!isForeignMinistersMeeting(m.type) || !isForeignMinistersMeeting(doc.meeting.type) || !placeKnown
                || days != 0))
            return -1;
        best = qMax(best, (sameType ? 4 : 0) + (placeKnown ? 2 : 0) + (days == 0 ? 1 : 0));
    }
    return best;
}

bool hasKind(const Cluster &cluster, const QVector<Analysis> &docs, DocumentKind kind)
{
    return std::any_of(cluster.documents.cbegin(), cluster.documents.cend(),
                       [&](int d) { return docs.at(d).kind == kind; });
}

int monthDay(const QDate &date) { return date.month() * 32 + date.day(); }

// The meeting as the letters agree on it: the verslag reports what happened, so its type
// and dates win, unless its year was guessed; a place from any letter fills a gap.
Meeting agreedMeeting(const Cluster &cluster, const QVector<Analysis> &docs)
{
    int anchor = -1;
    for (int i = 0; i < cluster.documents.size(); ++i) {
        const Analysis &doc = docs.at(cluster.documents.at(i));
        if (!cluster.shifted.at(i) && (anchor < 0 || doc.kind == DocumentKind::Verslag))
            anchor = cluster.documents.at(i);
    }
    if (anchor < 0)
        anchor = cluster.documents.first();
    Meeting m = docs.at(anchor).meeting;
    for (int member : cluster.documents) {
        if (m.place.isEmpty())
            m.place = docs.at(member).meeting.place;
    }
    return m;
}

MeetingEntry entryFor(const Cluster &cluster, const QVector<Analysis> &docs)
{
    MeetingEntry entry;
    entry.meeting = agreedMeeting(cluster, docs);
    for (int member : cluster.documents) {
        const DocumentKind kind = docs.at(member).kind;
        if (kind == DocumentKind::Agenda && entry.agenda < 0)
            entry.agenda = member;
        else if (kind == DocumentKind::Verslag && entry.verslag < 0)
            entry.verslag = member;
        else
            entry.others << member;
    }
    return entry;
}

// A letter left alone whose title has no year may belong to a meeting with the same day
// and month a year earlier or later: the analyzer guessed its year from context.
void joinGuessedYears(QVector<Cluster> &clusters, const QVector<Analysis> &docs)
{
    QMultiHash<int, int> byMonthDay;
    for (int c = 0; c < clusters.size(); ++c)
        byMonthDay.insert(monthDay(clusters.at(c).first), c);
    for (int c = 0; c < clusters.size(); ++c) {
        Cluster &alone = clusters[c];
        if (alone.documents.size() != 1)
            continue;
        const Analysis &doc = docs.at(alone.documents.first());
        if (MeetingGrouper::titleHasYear(doc.title))
            continue;
        for (int years : {-1, 1}) {
            for (int days = -1; days <= 1 && !alone.documents.isEmpty(); ++days) {
                const QDate probe = doc.meeting.start.addYears(years).addDays(days);
                for (int other : byMonthDay.values(monthDay(probe))) {
                    Cluster &target = clusters[other];
                    if (other == c || target.documents.isEmpty() || target.first.year() != probe.year()
                        || hasKind(target, docs, doc.kind))
                        continue;
                    Analysis moved = doc;
                    moved.meeting.start = moved.meeting.start.addYears(years);
                    moved.meeting.end = moved.meeting.end.addYears(years);
                    if (fit(target, docs, moved, 1) < 0)
                        continue;
                    target.documents << alone.documents.first();
                    target.shifted << true;
                    alone.documents.clear();
                    break;
                }
            }
        }
    }
}

} // namespace

bool MeetingGrouper::hasMeeting(const Analysis &analysis)
{
    return analysis.meeting.type != MeetingType::None && analysis.meeting.start.isValid();
}

bool MeetingGrouper::titleHasYear(const QString &title)
{
    static const QRegularExpression year(QStringLiteral("\\b(19|20)\\d\\d\\b"));
    return year.match(title).hasMatch();
}

MeetingGrouper::Result MeetingGrouper::group(const QVector<Analysis> &docs)
{
    QVector<int> dated;
    for (int i = 0; i < docs.size(); ++i) {
        if (hasMeeting(docs.at(i)))
            dated << i;
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [&](int a, int b) { return docs.at(a).meeting.start < docs.at(b).meeting.start; });

    QVector<Cluster> clusters;
    for (int d : dated) {
        const Analysis &doc = docs.at(d);
        int best = -1, bestFit = -1;
        // Clusters are created in date order: only the last few can start within a day.
        for (int c = clusters.size() - 1; c >= 0 && clusters.at(c).first >= doc.meeting.start.addDays(-1); --c) {
            const int f = fit(clusters.at(c), docs, doc, 1);
            // Prefer a meeting that still lacks this kind of letter.
            const int score = f < 0 ? -1 : f * 2 + (hasKind(clusters.at(c), docs, doc.kind) ? 0 : 1);
            if (score > bestFit) {
                best = c;
                bestFit = score;
            }
        }
        if (best < 0) {
            clusters.append(Cluster{doc.meeting.start, {}, {}});
            best = clusters.size() - 1;
        }
        clusters[best].documents << d;
        clusters[best].shifted << false;
    }
    joinGuessedYears(clusters, docs);

    Result result;
    result.meetingOf.fill(-1, docs.size());
    for (const Cluster &cluster : clusters) {
        if (!cluster.documents.isEmpty())
            result.meetings << entryFor(cluster, docs);
    }
    std::stable_sort(result.meetings.begin(), result.meetings.end(),
                     [](const MeetingEntry &a, const MeetingEntry &b) { return a.meeting.start < b.meeting.start; });
    for (int m = 0; m < result.meetings.size(); ++m) {
        for (int d : result.meetings.at(m).documents())
            result.meetingOf[d] = m;
    }
    return result;
}

} // namespace diptych
