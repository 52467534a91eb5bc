#include "links/TopicMatcher.h"

#include "compare/TextFolding.h"

namespace diptych {

namespace {

constexpr int kPrefix = 2;

// Appends the folded form of one character; ASCII without TextFolding, which is what
// makes a 10,000-letter set fast.
void appendFolded(QChar c, QString &out)
{
    if (c.unicode() < 128) {
        out += c.toLower();
        return;
    }
    out += TextFolding::fold(QString(c));
}

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

} // namespace

TopicMatcher::TopicMatcher(const TopicList &topics) : m_topicCount(topics.topics.size())
{
    for (int t = 0; t < topics.topics.size(); ++t) {
        for (const QString &variant : topics.topics.at(t).variants) {
            const Words w = words(variant);
            QString joined;
            for (int i = 0; i < w.tokens.size(); ++i)
                joined += w.word(i);
            if (joined.size() >= kPrefix)
                m_byPrefix[(quint32(joined.at(0).unicode()) << 16) | joined.at(1).unicode()] << Variant{joined, t};
        }
    }
}

// One folded copy of the text and word boundaries into it: no string per word, which is
// what made linking 10,000 letters spend its time in malloc.
TopicMatcher::Words TopicMatcher::words(const QString &text)
{
    Words out;
    out.folded.reserve(text.size());
    out.tokens.reserve(text.size() / 5);
    int open = -1; // start of the current word in the original, -1 between words
    auto close = [&](int end) {
        if (open >= 0) {
            out.tokens.last().to = int(out.folded.size());
            out.tokens.last().end = end;
        }
        open = -1;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            if (open < 0) {
                open = i;
                out.tokens << Token{int(out.folded.size()), 0, i, 0};
            }
            appendFolded(c, out.folded);
            continue;
        }
        close(i);
        if (c == QLatin1Char('%')) {
            out.tokens << Token{int(out.folded.size()), int(out.folded.size()) + 1, i, i + 1};
            out.folded += c;
        }
    }
    close(int(text.size()));
    return out;
}

// The first two folded characters from word i on, as one number.
quint32 TopicMatcher::prefixKey(const Words &w, int i)
{
    const QStringView first = w.word(i);
    if (first.isEmpty()) // a letter that folds to nothing
        return 0;
    QChar second = first.size() > 1 ? first.at(1) : QChar();
    if (first.size() == 1 && i + 1 < w.tokens.size())
        second = w.word(i + 1).at(0);
    return (quint32(first.at(0).unicode()) << 16) | second.unicode();
}

// The number of words the longest variant starting at word i spans (0 for none).
int TopicMatcher::matchAt(const Words &w, int i, int *topic) const
{
    const auto it = m_byPrefix.constFind(prefixKey(w, i));
    if (it == m_byPrefix.constEnd())
        return 0;
    int best = 0, bestLength = 0;
    for (const Variant &v : *it) {
        // Walk the words while they spell the start of the variant.
        int pos = 0, j = i;
        while (j < w.tokens.size() && pos < v.joined.size() && QStringView(v.joined).mid(pos).startsWith(w.word(j))) {
            pos += int(w.word(j).size());
            ++j;
        }
        if (pos == v.joined.size() && v.joined.size() > bestLength) {
            best = j - i;
            bestLength = int(v.joined.size());
            *topic = v.topic;
        }
    }
    return best;
}

QVector<TopicMatcher::Hit> TopicMatcher::find(const QString &text) const
{
    const Words w = words(text);
    QVector<Hit> hits;
    for (int i = 0; i < w.tokens.size();) {
        int topic = -1;
        const int n = matchAt(w, i, &topic);
        if (!n) {
            ++i;
            continue;
        }
        hits << Hit{topic, w.tokens.at(i).start, w.tokens.at(i + n - 1).end};
        i += n;
    }
    return hits;
}

} // namespace diptych
