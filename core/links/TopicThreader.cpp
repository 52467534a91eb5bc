#include "links/TopicThreader.h"

#include "compare/DutchStemmer.h"
#include "compare/DutchStopWords.h"
#include "compare/TextFolding.h"
#include "links/TopicMatcher.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace diptych {

namespace {

constexpr int kPassageChars = 600;

// The paragraph (text between blank lines) around a position, cut at kPassageChars.
Location paragraphAt(const QString &text, int position)
{
    const QString breakMark = QStringLiteral("\n\n");
    int start = position > 0 ? int(text.lastIndexOf(breakMark, position - 1)) : -1;
    start = start < 0 ? 0 : start + 2;
    int end = int(text.indexOf(breakMark, position));
    end = end < 0 ? int(text.size()) : end;
    Location at;
    at.start = start;
    at.end = qMin(end, start + kPassageChars);
    return at;
}

// The first paragraph after a heading: what the letter says under it.
Location paragraphAfterHeading(const QString &text, const Section &section)
{
    int position = qMax(0, section.at.end);
    while (position < text.size() && text.at(position).isSpace())
        ++position;
    return paragraphAt(text, qMin(position, int(text.size())));
}

// What one letter says about every topic: hits per topic, per section, in headings.
struct LetterTopics {
    QHash<int, int> hits; // topic -> count in the text
    QHash<int, QHash<int, int>> hitsBySection; // topic -> section -> count
    QHash<int, QHash<int, int>> firstHit; // topic -> section -> first position there
    QHash<int, int> headingSection; // topic -> first section whose heading names it
};

LetterTopics scan(const Analysis &doc, const TopicMatcher &matcher)
{
    LetterTopics found;
    const QVector<TopicMatcher::Hit> hits = matcher.find(doc.text);
    int section = -1, nextSection = 0;
    for (const TopicMatcher::Hit &hit : hits) {
        // Hits come in text order: move the section cursor forward instead of searching.
        while (nextSection < doc.sections.size() && doc.sections.at(nextSection).at.start <= hit.start) {
            if (doc.sections.at(nextSection).at.start >= 0) // a heading outside the text has no range
                section = nextSection;
            ++nextSection;
        }
        ++found.hits[hit.topic];
        ++found.hitsBySection[hit.topic][section];
        if (!found.firstHit[hit.topic].contains(section))
            found.firstHit[hit.topic].insert(section, hit.start);
    }
    for (int s = 0; s < doc.sections.size(); ++s) {
        for (const TopicMatcher::Hit &hit : matcher.find(doc.sections.at(s).title)) {
            if (!found.headingSection.contains(hit.topic))
                found.headingSection.insert(hit.topic, s);
        }
    }
    return found;
}

int busiestSection(const QHash<int, int> &bySection)
{
    int best = -1, bestCount = 0;
    for (auto it = bySection.cbegin(); it != bySection.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

ThreadEntry entryFor(const Analysis &doc, int d, int topic, const LetterTopics &found)
{
    ThreadEntry entry;
    entry.document = d;
    entry.hits = found.hits.value(topic);
    entry.inHeading = found.headingSection.contains(topic);
    if (entry.inHeading) {
        entry.section = found.headingSection.value(topic);
        entry.at = paragraphAfterHeading(doc.text, doc.sections.at(entry.section));
    } else {
        entry.section = busiestSection(found.hitsBySection.value(topic));
        // The first paragraph of that section that names the topic.
        entry.at = paragraphAt(doc.text, found.firstHit.value(topic).value(entry.section));
    }
    if (entry.section >= 0)
        entry.heading = doc.sections.at(entry.section).title;
    entry.passage = doc.text.mid(entry.at.start, entry.at.end - entry.at.start).simplified();
    return entry;
}

// Threads from headings that the topic list does not cover, used by two letters or more.
QVector<TopicThread> headingThreads(const QVector<Analysis> &docs, const QVector<int> &order,
                                    const TopicMatcher &matcher)
{
    QMap<QString, TopicThread> byKey;
    for (int d : order) {
        const Analysis &doc = docs.at(d);
        QSet<QString> keysInLetter;
        for (int s = 0; s < doc.sections.size(); ++s) {
            const Section &section = doc.sections.at(s);
            const QString key = TopicThreader::headingKey(section.title);
            if (key.isEmpty() || keysInLetter.contains(key) || !matcher.find(section.title).isEmpty())
                continue;
            keysInLetter.insert(key);
            TopicThread &thread = byKey[key];
            if (thread.topic.isEmpty()) {
                thread.topic = section.title;
                thread.fromHeadings = true;
            }
            ThreadEntry entry;
            entry.document = d;
            entry.section = s;
            entry.heading = section.title;
            entry.inHeading = true;
            entry.at = paragraphAfterHeading(doc.text, section);
            entry.passage = doc.text.mid(entry.at.start, entry.at.end - entry.at.start).simplified();
            thread.entries << entry;
        }
    }
    QVector<TopicThread> out;
    for (const TopicThread &thread : byKey) {
        if (thread.entries.size() >= 2)
            out << thread;
    }
    return out;
}

} // namespace

QString TopicThreader::headingKey(const QString &title)
{
    QStringList words;
    for (const QString &word : TextFolding::words(title)) {
        if (!DutchStopWords::contains(word))
            words << DutchStemmer::stem(word);
    }
    return words.join(QLatin1Char(' '));
}

QVector<TopicThread> TopicThreader::threads(const QVector<Analysis> &docs, const QVector<int> &order,
                                            const TopicList &topics)
{
    const TopicMatcher matcher(topics);
    QVector<TopicThread> out(topics.topics.size());
    for (int t = 0; t < topics.topics.size(); ++t)
        out[t].topic = topics.topics.at(t).name;
    for (int d : order) {
        const Analysis &doc = docs.at(d);
        const LetterTopics found = scan(doc, matcher);
        for (int t = 0; t < topics.topics.size(); ++t) {
            if (found.headingSection.contains(t) || found.hits.value(t) >= kMinHits)
                out[t].entries << entryFor(doc, d, t, found);
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const TopicThread &t) { return t.entries.isEmpty(); }),
              out.end());
    out << headingThreads(docs, order, matcher);
    return out;
}

QVector<DocumentLink> TopicThreader::links(const QVector<TopicThread> &threads, const QStringList &names)
{
    QVector<DocumentLink> out;
    for (const TopicThread &thread : threads) {
        for (int i = 1; i < thread.entries.size(); ++i) {
            const ThreadEntry &now = thread.entries.at(i);
            const ThreadEntry &before = thread.entries.at(i - 1);
            out << DocumentLink{
                now.document,    before.document,
                LinkKind::Topic, thread.topic + QStringLiteral(", earlier: ") + names.at(before.document),
                thread.topic,    now.at,
                before.at};
        }
    }
    return out;
}

} // namespace diptych
