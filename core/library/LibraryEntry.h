#pragma once

#include "model/Analysis.h"

#include <QDateTime>
#include <QString>

namespace diptych {

// One document in the library: what the list needs without analysing the file again.
struct LibraryEntry {
    qint64 id = -1; // the row in the documents table; -1 before it is stored
    QString hash; // SHA-256 of the file's bytes, hex; the key
    QString path;
    QString title;
    DocumentKind kind = DocumentKind::Other;
    DocumentType docType = DocumentType::Other;
    SourceFormat format = SourceFormat::Text;
    int pages = 0;
    Meeting meeting;
    QString selfId; // official id ("kst-21501-02-2893"), empty when unknown
    QDateTime added;
    QDateTime analysed; // when the facts above came from an analysis; invalid: not yet
    QDateTime indexed; // when its search rows were written; invalid: not searchable

    bool isAnalysed() const { return analysed.isValid(); }
    // A letter without a meeting has neither a type nor a date (its meeting row is null).
    bool hasMeeting() const { return meeting.type != MeetingType::None || meeting.start.isValid(); }

    // The entry for an analysed file; added and analysed are set to now.
    static LibraryEntry fromAnalysis(const QString &hash, const QString &path, const Analysis &analysis);
};

} // namespace diptych
