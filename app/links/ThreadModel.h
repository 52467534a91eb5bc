#pragma once

#include "links/LinkSnapshot.h"

#include <QAbstractListModel>

namespace diptych {

// One topic thread of the library: a row per letter that speaks of the topic, oldest
// meeting first, with the meeting, the letter, the section and the passage.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MeetingRole = Qt::UserRole + 1, // "FMM 28–29 november 2023, Brussel"
        DateRole, // QDate the meeting started (invalid without one)
        DocumentRole, // "Report · …" or the title
        SectionRole, // the section heading, empty outside sections
        PassageRole,
        PathRole,
        OffsetRole, // the passage in the reading text
    };

    explicit ThreadModel(QObject *parent = nullptr);

    void setSnapshot(const LinkSnapshotPtr &snapshot);
    // Topic names of the snapshot, listed topics first; how many letters each has.
    QStringList topics() const;
    int letterCount(const QString &topic) const;
    // Shows the thread of this topic; false when the library has none by that name.
    bool setTopic(const QString &topic);
    QString topic() const { return m_topic; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const TopicThread *thread(const QString &topic) const;

    LinkSnapshotPtr m_snapshot;
    QString m_topic;
    const TopicThread *m_thread = nullptr;
};

} // namespace diptych
