#include "library/LetterFiles.h"

#include <QHash>

#include <algorithm>

namespace diptych {

namespace {

// What makes two files one letter; empty when nothing does (the file stands alone).
QString letterKey(const LibraryEntry &e)
{
    if (!e.selfId.isEmpty())
        return QStringLiteral("id:") + e.selfId;
    if (e.title.isEmpty() || !e.meeting.start.isValid())
        return QString();
    return QStringLiteral("title:%1|%2|%3|%4")
        .arg(kindName(e.kind), meetingTypeName(e.meeting.type), e.meeting.start.toString(Qt::ISODate),
             e.title.simplified().toCaseFolded());
}

// The published PDF is what a reader means by the letter; among equals the newest.
bool leadsBefore(const LibraryEntry &a, const LibraryEntry &b)
{
    if ((a.format == SourceFormat::Pdf) != (b.format == SourceFormat::Pdf))
        return a.format == SourceFormat::Pdf;
    return a.added > b.added;
}

} // namespace

QVector<Letter> LetterFiles::group(const QVector<LibraryEntry> &entries)
{
    QVector<Letter> letters;
    QHash<QString, int> byKey;
    for (const LibraryEntry &e : entries) {
        const QString key = letterKey(e);
        if (!key.isEmpty() && byKey.contains(key)) {
            letters[byKey.value(key)].files << e;
            continue;
        }
        if (!key.isEmpty())
            byKey.insert(key, letters.size());
        letters.append(Letter{{e}});
    }
    for (Letter &letter : letters)
        std::stable_sort(letter.files.begin(), letter.files.end(), leadsBefore);
    return letters;
}

} // namespace diptych
