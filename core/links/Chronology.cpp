#include "links/Chronology.h"

#include "links/MeetingNames.h"

namespace diptych {

namespace {

QString sameMeetingLabel(const Analysis &target)
{
    switch (target.kind) {
    case DocumentKind::Agenda: return QStringLiteral("agenda of the same meeting");
    case DocumentKind::Verslag: return QStringLiteral("verslag of the same meeting");
    case DocumentKind::Other: break;
    }
    return QStringLiteral("letter about the same meeting");
}

int firstToRead(const MeetingEntry &meeting)
{
    if (meeting.verslag >= 0)
        return meeting.verslag;
    if (meeting.agenda >= 0)
        return meeting.agenda;
    return meeting.others.value(0, -1);
}

} // namespace

void Chronology::chain(QVector<MeetingEntry> &meetings)
{
    for (int m = 0; m < meetings.size(); ++m) {
        meetings[m].previous = m - 1;
        meetings[m].next = m + 1 < meetings.size() ? m + 1 : -1;
    }
}

QVector<DocumentLink> Chronology::links(const QVector<MeetingEntry> &meetings, const QVector<Analysis> &docs,
                                        const QStringList &names)
{
    QVector<DocumentLink> out;
    for (const MeetingEntry &meeting : meetings) {
        const QVector<int> members = meeting.documents();
        const QString key = MeetingNames::meeting(meeting.meeting);
        for (int a : members) {
            for (int b : members) {
                if (a != b)
                    out << DocumentLink{a, b, LinkKind::SameMeeting, sameMeetingLabel(docs.at(b)), key, {}, {}};
            }
        }
        if (meeting.previous < 0)
            continue;
        const MeetingEntry &before = meetings.at(meeting.previous);
        const int target = firstToRead(before);
        const QString label = QStringLiteral("previous meeting: ") + names.at(target);
        for (int a : members)
            out << DocumentLink{a,  target, LinkKind::PreviousMeeting, label, MeetingNames::meeting(before.meeting),
                                {}, {}};
    }
    return out;
}

QVector<int> Chronology::documentOrder(const QVector<MeetingEntry> &meetings, int documentCount)
{
    QVector<bool> placed(documentCount, false);
    QVector<int> order;
    order.reserve(documentCount);
    for (const MeetingEntry &meeting : meetings) {
        for (int d : meeting.documents()) {
            order << d;
            placed[d] = true;
        }
    }
    for (int d = 0; d < documentCount; ++d) {
        if (!placed.at(d))
            order << d;
    }
    return order;
}

} // namespace diptych
