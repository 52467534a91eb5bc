#pragma once

#include "links/LinkGraph.h"
#include "links/TopicList.h"

namespace diptych {

// Follows subjects across meetings. For each topic of the list, every letter whose section
// headings name it, or whose text names it at least kMinHits times, contributes one entry:
// the section whose heading names the topic, otherwise the section that names it most, and
// the paragraph there that says most about it. Headings that no listed topic covers become
// topics of their own when two or more letters use them ("Burden-sharing" twice). Entries
// are in time order, so an adviser reads how the position moved; each entry is linked to
// the one before ("topic").
class TopicThreader
{
public:
    static constexpr int kMinHits = 2;

    // `order`: document indices in time order (see Chronology::documentOrder).
    static QVector<TopicThread> threads(const QVector<Analysis> &documents, const QVector<int> &order,
                                        const TopicList &topics);
    static QVector<DocumentLink> links(const QVector<TopicThread> &threads, const QStringList &names);

    // The key two headings share when they are about the same thing: folded, stop words
    // left out, stemmed ("De NAVO-zuidflank" and "NAVO zuidflank" meet).
    static QString headingKey(const QString &title);
};

} // namespace diptych
