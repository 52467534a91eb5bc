#pragma once

#include "links/LinkGraph.h"
#include "links/TopicList.h"

namespace diptych {

// Links a set of analysed letters, read top to bottom: meetings from the letters, their
// chronology, Kamerstuk citations, mentions of meetings and summits, topic threads. Pure:
// no files, no Qt Widgets. Every step sorts or hashes; none compares all pairs of letters,
// so 10,000 letters link in seconds (bench/LinkBench.cpp).
class LinkBuilder
{
public:
    explicit LinkBuilder(TopicList topics = TopicList::builtIn());

    LinkGraph build(const QVector<Analysis> &documents) const;

    // Each letter as link labels name it: kind and the meeting as its letters agree on it
    // ("agenda FMM Brussel 28-29 november 2023"), or its title.
    static QStringList documentNames(const QVector<Analysis> &documents, const LinkGraph &graph);

private:
    TopicList m_topics;
};

} // namespace diptych
