#pragma once

#include "library/LibraryEntry.h"

#include <QVector>

namespace diptych {

// The files of one letter, as the library lists it: a PDF as published, its text export, a
// re-issued PDF. They are one letter when they carry the same official id
// ("kst-28676-446"), or, lacking one, the same kind, meeting and title. The annotations
// are shared between them already (DocumentAnnotations places them by quote).
struct Letter {
    QVector<LibraryEntry> files; // the one to open first leads: a PDF, then the newest

    const LibraryEntry &lead() const { return files.first(); }
};

class LetterFiles
{
public:
    // Every entry in exactly one letter; letters in the order of their first entry.
    static QVector<Letter> group(const QVector<LibraryEntry> &entries);
};

} // namespace diptych
