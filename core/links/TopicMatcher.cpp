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

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

TopicMatcher::TopicMatcher(const TopicList &topics)
    : m_topicCount(topics.topics.size())
{
    for (int t = 0; t < topics.topics.size(); ++t) {
        for (const QString &variant : topics.topics.at(t).variants) {
            QString joined;
            for (const Token &token : tokens(variant))
                joined += token.folded;
            if (joined.size() >= kPrefix)
                m_byPrefix[joined.left(kPrefix)] << Variant{joined, t};
        }
    }
}

QVector<TopicMatcher::Token> TopicMatcher::tokens(const QString &text)
{
    QVector<Token> out;
    Token current;
    auto flush = [&](int end) {
        if (!current.folded.isEmpty()) {
            current.end = end;
            out << current;
        }
        current = Token();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            if (current.folded.isEmpty())
                current.start = i;
            appendFolded(c, current.folded);
        } else {
            flush(i);
            if (c == QLatin1Char('%'))
                out << Token{QStringLiteral("%"), i, i + 1};
        }
    }
    flush(int(text.size()));
    return out;
}

// The number of words the longest variant starting at word i spans (0 for none).
int TopicMatcher::matchAt(const QVector<Token> &tokens, int i, int *topic) const
{
    QString prefix = tokens.at(i).folded.left(kPrefix);
    if (prefix.size() < kPrefix && i + 1 < tokens.size())
        prefix = QString(prefix + tokens.at(i + 1).folded).left(kPrefix);
    const auto it = m_byPrefix.constFind(prefix);
    if (it == m_byPrefix.constEnd())
        return 0;
    int best = 0, bestLength = 0;
    for (const Variant &v : *it) {
        // Walk the words while they spell the start of the variant.
        int pos = 0, j = i;
        while (j < tokens.size() && pos < v.joined.size()
               && QStringView(v.joined).mid(pos).startsWith(tokens.at(j).folded)) {
            pos += tokens.at(j).folded.size();
            ++j;
        }
        if (pos == v.joined.size() && v.joined.size() > bestLength) {
            best = j - i;
            bestLength = v.joined.size();
            *topic = v.topic;
        }
    }
    return best;
}

QVector<TopicMatcher::Hit> TopicMatcher::find(const QString &text) const
{
    const QVector<Token> words = tokens(text);
    QVector<Hit> hits;
    for (int i = 0; i < words.size();) {
        int topic = -1;
        const int n = matchAt(words, i, &topic);
        if (!n) {
            ++i;
            continue;
        }
        hits << Hit{topic, words.at(i).start, words.at(i + n - 1).end};
        i += n;
    }
    return hits;
}

} // namespace diptych
