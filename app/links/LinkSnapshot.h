#pragma once

#include "links/LinkGraph.h"
#include "model/Analysis.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace diptych {

using LinkAnalysisPtr = std::shared_ptr<const Analysis>;

// One library document as the link views need it.
struct LinkedDocument {
    QString hash;
    QString path;
    LinkAnalysisPtr analysis; // without source lines: what linking and the views read
};

// The links of the whole library at one moment: its documents and the graph over them.
// Built off the UI thread (LibraryLinks) and then only read, so views share it freely.
class LinkSnapshot
{
public:
    // Links these documents; a document without analysis is analysed here (slow: call it
    // off the UI thread) and left out when it cannot be read.
    static LinkSnapshot build(QVector<LinkedDocument> documents);
    // The parts of an analysis linking and the views use (no source lines and spans).
    static LinkAnalysisPtr slim(const Analysis &analysis);

    const QVector<LinkedDocument> &documents() const { return m_documents; }
    const LinkGraph &graph() const { return m_graph; }
    const Analysis &analysis(int document) const { return *m_documents.at(document).analysis; }
    QString path(int document) const { return m_documents.value(document).path; }
    // -1 when the path is not a linked document.
    int indexOf(const QString &path) const { return m_byPath.value(path, -1); }
    // The meeting as all its letters agree on it; the letter's own when it has no meeting.
    Meeting meetingOf(int document) const;
    // Where to open a document for a link location: the reading-text offset, or for an item
    // in a footnote the place the footnote is called; -1 when the location has no place.
    int readingOffset(int document, const Location &at) const;

private:
    QVector<LinkedDocument> m_documents;
    LinkGraph m_graph;
    QHash<QString, int> m_byPath;
};

using LinkSnapshotPtr = std::shared_ptr<const LinkSnapshot>;

} // namespace diptych
