#include "links/LinkJson.h"

#include "links/MeetingNames.h"

#include <QFileInfo>
#include <QJsonArray>

namespace diptych {

namespace {

QJsonValue fileOrNull(const QVector<Analysis> &docs, int index)
{
    return index >= 0 ? QJsonValue(docs.at(index).file) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray documentsJson(const LinkGraph &graph, const QVector<Analysis> &docs)
{
    QJsonArray out;
    for (int d : graph.order) {
        const int meeting = graph.meetingOf.value(d, -1);
        out.append(QJsonObject{{QStringLiteral("file"), docs.at(d).file},
                               {QStringLiteral("kind"), kindName(docs.at(d).kind)},
                               {QStringLiteral("meeting"), meeting >= 0 ? QJsonValue(meeting) : QJsonValue()}});
    }
    return out;
}

QJsonArray meetingsJson(const LinkGraph &graph, const QVector<Analysis> &docs)
{
    QJsonArray out;
    for (const MeetingEntry &m : graph.meetings) {
        out.append(QJsonObject{
            {QStringLiteral("type"), meetingTypeName(m.meeting.type)},
            {QStringLiteral("start"), dateOrNull(m.meeting.start)},
            {QStringLiteral("end"), dateOrNull(m.meeting.end)},
            {QStringLiteral("place"), m.meeting.place.isEmpty() ? QJsonValue() : QJsonValue(m.meeting.place)},
            {QStringLiteral("agenda"), fileOrNull(docs, m.agenda)},
            {QStringLiteral("verslag"), fileOrNull(docs, m.verslag)}});
    }
    return out;
}

QJsonArray linksJson(const LinkGraph &graph, const QVector<Analysis> &docs)
{
    QJsonArray out;
    for (const DocumentLink &link : graph.links) {
        out.append(QJsonObject{{QStringLiteral("from"), docs.at(link.from).file},
                               {QStringLiteral("to"), docs.at(link.to).file},
                               {QStringLiteral("kind"), linkKindName(link.kind)},
                               {QStringLiteral("label"), link.label}});
    }
    return out;
}

QJsonArray topicsJson(const LinkGraph &graph, const QVector<Analysis> &docs)
{
    QJsonArray out;
    for (const TopicThread &thread : graph.topics) {
        QJsonArray entries;
        for (const ThreadEntry &e : thread.entries) {
            entries.append(
                QJsonObject{{QStringLiteral("file"), docs.at(e.document).file},
                            {QStringLiteral("section"), e.section >= 0 ? QJsonValue(e.heading) : QJsonValue()}});
        }
        out.append(QJsonObject{{QStringLiteral("topic"), thread.topic}, {QStringLiteral("documents"), entries}});
    }
    return out;
}

QString shortName(const Analysis &doc) { return QFileInfo(doc.file).fileName(); }

} // namespace

QJsonObject LinkJson::toJson(const LinkGraph &graph, const QVector<Analysis> &docs)
{
    return QJsonObject{{QStringLiteral("documents"), documentsJson(graph, docs)},
                       {QStringLiteral("meetings"), meetingsJson(graph, docs)},
                       {QStringLiteral("links"), linksJson(graph, docs)},
                       {QStringLiteral("topics"), topicsJson(graph, docs)}};
}

QString LinkJson::summary(const LinkGraph &graph, const QVector<Analysis> &docs)
{
    QString out;
    out += QStringLiteral("Meetings\n");
    for (const MeetingEntry &m : graph.meetings) {
        out += QStringLiteral("  ") + MeetingNames::meeting(m.meeting) + QLatin1Char('\n');
        for (int d : m.documents())
            out += QStringLiteral("    ") + kindName(docs.at(d).kind) + QStringLiteral(": ") + shortName(docs.at(d))
                   + QLatin1Char('\n');
    }
    out += QStringLiteral("\nLinks\n");
    int from = -1;
    for (const DocumentLink &link : graph.links) {
        if (link.from != from) {
            from = link.from;
            out += QStringLiteral("  ") + shortName(docs.at(from)) + QLatin1Char('\n');
        }
        out += QStringLiteral("    ") + linkKindName(link.kind) + QStringLiteral(" -> ") + shortName(docs.at(link.to))
               + QStringLiteral("  (") + link.label + QStringLiteral(")\n");
    }
    out += QStringLiteral("\nSummits\n");
    for (const SummitGroup &g : graph.summits) {
        QStringList files;
        for (int d : g.documents)
            files << shortName(docs.at(d));
        out += QStringLiteral("  ") + g.name
               + (g.year ? QStringLiteral(" (") + QString::number(g.year) + QLatin1Char(')') : QString())
               + QStringLiteral(": ") + files.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    out += QStringLiteral("\nTopics\n");
    for (const TopicThread &thread : graph.topics) {
        out += QStringLiteral("  ") + thread.topic + QLatin1Char('\n');
        for (const ThreadEntry &e : thread.entries) {
            out += QStringLiteral("    ") + shortName(docs.at(e.document))
                   + (e.heading.isEmpty() ? QString() : QStringLiteral(" [") + e.heading + QLatin1Char(']'))
                   + QStringLiteral(": ") + e.passage.left(160) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace diptych
