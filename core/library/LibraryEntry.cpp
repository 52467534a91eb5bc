#include "library/LibraryEntry.h"

namespace diptych {

LibraryEntry LibraryEntry::fromAnalysis(const QString &hash, const QString &path, const Analysis &analysis)
{
    LibraryEntry e;
    e.hash = hash;
    e.path = path;
    e.title = analysis.title;
    e.kind = analysis.kind;
    e.docType = analysis.docType;
    e.format = analysis.format;
    e.pages = analysis.pageCount;
    e.meeting = analysis.meeting;
    e.selfId = analysis.selfId;
    e.added = QDateTime::currentDateTimeUtc();
    e.analysed = e.added;
    return e;
}

} // namespace diptych
