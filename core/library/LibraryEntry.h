#pragma once

#include "model/Analysis.h"

#include <QDateTime>
#include <QString>

namespace diptych {

// One document in the library: what the list needs without analysing the file again.
struct LibraryEntry {
    QString hash;           // SHA-256 of the file's bytes, hex; the key
    QString path;
    QString title;
    DocumentKind kind = DocumentKind::Other;
    Meeting meeting;
    QString selfId;         // official id ("kst-21501-02-2893"), empty when unknown
    QDateTime added;

    // The entry for an analysed file; added is set to now.
    static LibraryEntry fromAnalysis(const QString &hash, const QString &path,
                                     const Analysis &analysis);
};

} // namespace diptych
