#include "links/ThreadModel.h"

#include "links/LinkLabels.h"

namespace diptych {

ThreadModel::ThreadModel(QObject *parent) : QAbstractListModel(parent) {}

void ThreadModel::setSnapshot(const LinkSnapshotPtr &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_thread = thread(m_topic);
    endResetModel();
}

const TopicThread *ThreadModel::thread(const QString &topic) const
{
    if (!m_snapshot || topic.isEmpty())
        return nullptr;
    for (const TopicThread &t : m_snapshot->graph().topics) {
        if (t.topic == topic)
            return &t;
    }
    return nullptr;
}

QStringList ThreadModel::topics() const
{
    QStringList out;
    if (m_snapshot) {
        for (const TopicThread &t : m_snapshot->graph().topics)
            out << t.topic;
    }
    return out;
}

int ThreadModel::letterCount(const QString &topic) const
{
    const TopicThread *t = thread(topic);
    return t ? t->entries.size() : 0;
}

bool ThreadModel::setTopic(const QString &topic)
{
    beginResetModel();
    m_topic = topic;
    m_thread = thread(topic);
    endResetModel();
    return m_thread != nullptr;
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_thread ? 0 : m_thread->entries.size();
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!m_thread || !index.isValid() || index.row() >= m_thread->entries.size())
        return {};
    const ThreadEntry &e = m_thread->entries.at(index.row());
    const LinkSnapshot &s = *m_snapshot;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList lines = {data(index, MeetingRole).toString(), data(index, DocumentRole).toString()};
        if (!e.heading.isEmpty())
            lines << e.heading;
        lines << e.passage;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: return s.path(e.document);
    case MeetingRole: {
        const QString meeting = LinkLabels::meeting(s, e.document);
        return meeting.isEmpty() ? tr("No meeting") : meeting;
    }
    case DateRole: return s.meetingOf(e.document).start;
    case DocumentRole: return LinkLabels::kindAndTitle(s, e.document);
    case SectionRole: return e.heading;
    case PassageRole: return e.passage;
    case PathRole: return s.path(e.document);
    case OffsetRole: return s.readingOffset(e.document, e.at);
    default: return {};
    }
}

} // namespace diptych
