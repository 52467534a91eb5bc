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
        int topic = -1; // index into the TopicList
        int start = 0; // [start, end) in the text searched
        int end = 0;
    };

    explicit TopicMatcher(const TopicList &topics);

    QVector<Hit> find(const QString &text) const;
    int topicCount() const { return m_topicCount; }

private:
    // Words of the folded text: [from, to) in `folded`, [start, end) in the original.
    struct Token {
        int from = 0;
        int to = 0;
        int start = 0;
        int end = 0;
    };
    struct Words {
        QString folded;
        QVector<Token> tokens;
        QStringView word(int i) const
        {
            return QStringView(folded).mid(tokens.at(i).from, tokens.at(i).to - tokens.at(i).from);
        }
    };
    struct Variant {
        QString joined; // folded words without separators
        int topic = -1;
    };

    static Words words(const QString &text);
    static quint32 prefixKey(const Words &words, int i);
    int matchAt(const Words &words, int i, int *topic) const;

    QHash<quint32, QVector<Variant>> m_byPrefix; // first two characters of `joined`
    int m_topicCount = 0;
};

} // namespace diptych
