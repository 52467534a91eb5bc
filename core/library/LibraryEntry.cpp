#include "library/LibraryEntry.h"

namespace diptych {

LibraryEntry LibraryEntry::fromAnalysis(const QString &hash, const QString &path,
                                        const Analysis &analysis)
{
    LibraryEntry e;
    e.hash = hash;
    e.path = path;
    e.title = analysis.title;
    e.kind = analysis.kind;
    e.meeting = analysis.meeting;
    e.selfId = analysis.selfId;
    e.added = QDateTime::currentDateTimeUtc();
    return e;
}

} // namespace diptych
