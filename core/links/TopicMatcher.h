#pragma once

#include "links/TopicList.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace diptych {

// Finds where text names a topic. Text and variants are folded the same way as for the
// section aligner (TextFolding: case and accents, "Oekraïne" = "oekraine") and cut into
// words at anything but letters and digits, "%" kept as a word of its own so "2%" and
// "2 %" match. A variant matches a run of words whatever the hyphens and spaces between them
// ("Burden-sharing" = "burden sharing" = "burdensharing"); the longest variant wins. One pass
// over the text with a hash lookup per word: linear in the text.
class TopicMatcher
{
public:
    struct Hit {
        int topic = -1;   // index into the TopicList
        int start = 0;    // [start, end) in the text searched
        int end = 0;
    };

    explicit TopicMatcher(const TopicList &topics);

    QVector<Hit> find(const QString &text) const;
    int topicCount() const { return m_topicCount; }

private:
    struct Token {
        QString folded;
        int start = 0;
        int end = 0;
    };
    struct Variant {
        QString joined;   // folded words without separators
        int topic = -1;
    };

    static QVector<Token> tokens(const QString &text);
    int matchAt(const QVector<Token> &tokens, int i, int *topic) const;

    QHash<QString, QVector<Variant>> m_byPrefix;  // first two characters of `joined`
    int m_topicCount = 0;
};

} // namespace diptych
