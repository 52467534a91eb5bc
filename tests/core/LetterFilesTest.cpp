// One letter, its files: a PDF and its text export (or a re-issued PDF) are one row.
#include "library/LetterFiles.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

LibraryEntry file(const QString &path, SourceFormat format, const QString &selfId, const QString &title = QString())
{
    LibraryEntry e;
    e.hash = path;
    e.path = path;
    e.format = format;
    e.selfId = selfId;
    e.title = title;
    e.kind = DocumentKind::Agenda;
    e.meeting = Meeting{MeetingType::Fmm, QDate(2023, 11, 28), QDate(2023, 11, 29), QString()};
    e.added = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    return e;
}

} // namespace

TEST(LetterFiles, aPdfAndItsTextExportAreOneLetterLedByThePdf)
{
    const QVector<Letter> letters = LetterFiles::group({
        file(QStringLiteral("003.txt"), SourceFormat::Text, QStringLiteral("kst-28676-446")),
        file(QStringLiteral("kst-28676-446.pdf"), SourceFormat::Pdf, QStringLiteral("kst-28676-446")),
        file(QStringLiteral("other.pdf"), SourceFormat::Pdf, QStringLiteral("kst-28676-447")),
    });
    ASSERT_EQ(letters.size(), 2);
    ASSERT_EQ(letters[0].files.size(), 2);
    EXPECT_EQ(letters[0].lead().path, QStringLiteral("kst-28676-446.pdf"));
    EXPECT_EQ(letters[0].files[1].path, QStringLiteral("003.txt"));
    EXPECT_EQ(letters[1].files.size(), 1);
}

TEST(LetterFiles, withoutAnOfficialIdTheSameKindMeetingAndTitleMakeOneLetter)
{
    const QString title = QStringLiteral("Geannoteerde agenda NAVO Foreign Ministers Meeting");
    const QVector<Letter> letters = LetterFiles::group({
        file(QStringLiteral("a.txt"), SourceFormat::Text, QString(), title),
        file(QStringLiteral("a.pdf"), SourceFormat::Pdf, QString(), title.toUpper()),
        file(QStringLiteral("b.txt"), SourceFormat::Text, QString(), QStringLiteral("Verslag")),
        file(QStringLiteral("untitled-1.txt"), SourceFormat::Text, QString()),
        file(QStringLiteral("untitled-2.txt"), SourceFormat::Text, QString()),
    });
    ASSERT_EQ(letters.size(), 4); // files without id or title never merge
    EXPECT_EQ(letters[0].files.size(), 2);
    EXPECT_EQ(letters[0].lead().path, QStringLiteral("a.pdf"));
}
