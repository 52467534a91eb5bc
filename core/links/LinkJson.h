#pragma once

#include "links/LinkGraph.h"

#include <QJsonObject>
#include <QString>

namespace diptych {

// The links of a set of letters as diptych-cli links prints them (see docs/links.md).
class LinkJson
{
public:
    // {documents, meetings, links, topics}; documents are named by Analysis::file.
    static QJsonObject toJson(const LinkGraph &graph, const QVector<Analysis> &documents);
    // A readable listing: meetings in time order with their letters, then links per
    // letter, summits and topic threads.
    static QString summary(const LinkGraph &graph, const QVector<Analysis> &documents);
};

} // namespace diptych
