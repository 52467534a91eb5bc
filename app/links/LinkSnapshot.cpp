#include "links/LinkSnapshot.h"

#include "analysis/Analyzer.h"
#include "links/LinkBuilder.h"
#include "spelling/Speller.h"

namespace diptych {

namespace {

bool sameRange(const Location &a, const Location &b) { return a.start == b.start && a.end == b.end; }

// The footnote that holds an item at this range of the notes text, 0 when none does. A
// body item at the same range wins: the range is then in the reading text.
template<typename Item> int footnoteAt(const QVector<Item> &items, const Location &at, bool *inBody)
{
    int note = 0;
    for (const Item &item : items) {
        if (!sameRange(item.at, at))
            continue;
        if (item.footnote == 0)
            *inBody = true;
        else if (!note)
            note = item.footnote;
    }
    return note;
}

} // namespace

LinkAnalysisPtr LinkSnapshot::slim(const Analysis &analysis)
{
    auto copy = std::make_shared<Analysis>(analysis);
    copy->source = SourceDocument();
    copy->spans.clear();
    copy->spans.squeeze();
    return copy;
}

LinkSnapshot LinkSnapshot::build(QVector<LinkedDocument> documents)
{
    LinkSnapshot out;
    QVector<Analysis> analyses;
    for (LinkedDocument &d : documents) {
        if (!d.analysis) {
            const Analyzer analyzer(Speller::shared());
            Analysis a;
            QString error;
            if (!analyzer.analyzeFile(d.path, a, error))
                continue;
            d.analysis = slim(a);
        }
        out.m_byPath.insert(d.path, out.m_documents.size());
        analyses << *d.analysis;
        out.m_documents << d;
    }
    out.m_graph = LinkBuilder().build(analyses);
    return out;
}

Meeting LinkSnapshot::meetingOf(int document) const
{
    const int m = m_graph.meetingOf.value(document, -1);
    return m >= 0 ? m_graph.meetings.at(m).meeting : analysis(document).meeting;
}

int LinkSnapshot::readingOffset(int document, const Location &at) const
{
    if (document < 0 || document >= m_documents.size() || at.start < 0)
        return -1;
    const Analysis &a = analysis(document);
    bool inBody = false;
    int note = footnoteAt(a.references, at, &inBody);
    if (!note)
        note = footnoteAt(a.mentions, at, &inBody);
    if (inBody || !note)
        return at.start;
    for (const Footnote &f : a.footnotes) {
        if (f.number == note && !f.calls.isEmpty())
            return f.calls.first().at.start;
    }
    return -1;
}

} // namespace diptych
