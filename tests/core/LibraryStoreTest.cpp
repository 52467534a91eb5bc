#include "TestData.h"

#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

const QString kAgendaHash = QStringLiteral("aa11");
const QString kAgendaPath = QStringLiteral("/letters/agenda.pdf");

Analysis agendaAnalysis()
{
    Analysis a;
    a.title = QStringLiteral("Geannoteerde agenda iFMM 14-15 mei 2025");
    a.kind = DocumentKind::Agenda;
    a.meeting = {MeetingType::InformalFmm, QDate(2025, 5, 14), QDate(2025, 5, 15), QStringLiteral("Antalya")};
    a.selfId = QStringLiteral("kst-28676-499");
    return a;
}

// A letter's analysed facts reach the library through the index, their one writer.
bool indexAgenda(const QString &databasePath, const Analysis &analysis = agendaAnalysis())
{
    LibraryIndex index(databasePath);
    return index.open() && index.indexDocument(kAgendaPath, kAgendaHash, analysis);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(LibraryStore, defaultLocationIsUnderTheAppDataFolder)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    EXPECT_TRUE(LibraryStore::defaultDatabasePath().startsWith(base));
    EXPECT_TRUE(LibraryStore::defaultSamplesDir().startsWith(base));
}

TEST(LibraryStore, newLibraryIsEmptyAtTheCurrentSchemaInWalMode)
{
    QTemporaryDir dir;
    LibraryStore store(dir.filePath(QStringLiteral("lib.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_TRUE(store.isEmpty());
    EXPECT_EQ(store.schemaVersion(), LibraryStore::currentSchemaVersion());
    EXPECT_TRUE(store.error().isEmpty());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("lib.sqlite-wal"))));
}

TEST(LibraryStore, entriesSurviveClosingAndReopening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    {
        LibraryStore store(path);
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(indexAgenda(path));
    }
    LibraryStore store(path);
    ASSERT_TRUE(store.open());
    const QVector<LibraryEntry> all = store.entries();
    ASSERT_EQ(all.size(), 1);
    const LibraryEntry &e = all.first();
    EXPECT_EQ(e.path, QStringLiteral("/letters/agenda.pdf"));
    EXPECT_EQ(e.kind, DocumentKind::Agenda);
    EXPECT_EQ(meetingTypeName(e.meeting.type), QStringLiteral("iFMM"));
    EXPECT_EQ(e.meeting.start, QDate(2025, 5, 14));
    EXPECT_EQ(e.meeting.end, QDate(2025, 5, 15));
    EXPECT_EQ(e.meeting.place, QStringLiteral("Antalya"));
    EXPECT_TRUE(e.added.isValid());
    ASSERT_TRUE(store.bySelfId(QStringLiteral("kst-28676-499")).has_value());
    EXPECT_FALSE(store.bySelfId(QStringLiteral("kst-1-2")).has_value());
}

TEST(LibraryStore, aListedLetterIsListedOnceAndItsAnalysisUpdatesItButKeepsWhenItWasAdded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    LibraryStore store(path);
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.add(kAgendaHash, kAgendaPath));
    const LibraryEntry listed = *store.byHash(kAgendaHash);
    EXPECT_TRUE(listed.added.isValid());
    EXPECT_FALSE(listed.isAnalysed());
    EXPECT_TRUE(listed.title.isEmpty());
    ASSERT_TRUE(store.add(kAgendaHash, QStringLiteral("/elsewhere/agenda.pdf")));
    EXPECT_EQ(store.byHash(kAgendaHash)->path, kAgendaPath) << "adding a letter the library holds changes nothing";

    ASSERT_TRUE(indexAgenda(path));
    Analysis again = agendaAnalysis();
    again.title = QStringLiteral("Nieuwe titel");
    ASSERT_TRUE(indexAgenda(path, again));
    ASSERT_EQ(store.entries().size(), 1);
    const LibraryEntry analysed = *store.byHash(kAgendaHash);
    EXPECT_EQ(analysed.title, QStringLiteral("Nieuwe titel"));
    EXPECT_TRUE(analysed.isAnalysed());
    EXPECT_EQ(analysed.id, listed.id);
    EXPECT_EQ(analysed.added, listed.added);
}

TEST(LibraryStore, anOfficialIdLearnedElsewhereChangesNothingElse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    LibraryStore store(path);
    ASSERT_TRUE(store.open());
    Analysis withoutId = agendaAnalysis();
    withoutId.selfId.clear();
    ASSERT_TRUE(indexAgenda(path, withoutId));
    const LibraryEntry before = *store.byHash(kAgendaHash);
    ASSERT_TRUE(store.setOfficialId(kAgendaHash, QStringLiteral("kst-28676-499")));
    const std::optional<LibraryEntry> after = store.bySelfId(QStringLiteral("kst-28676-499"));
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->selfId, QStringLiteral("kst-28676-499"));
    EXPECT_EQ(after->title, before.title);
    EXPECT_EQ(after->analysed, before.analysed);
    EXPECT_EQ(after->indexed, before.indexed);
    EXPECT_EQ(after->meeting.place, before.meeting.place);
}

TEST(LibraryStore, aRemovedLetterIsRememberedByItsBytesAndItsIdUntilAddedAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    LibraryStore store(path);
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(indexAgenda(path));
    EXPECT_FALSE(store.wasFileRemoved(kAgendaHash));
    ASSERT_TRUE(store.remove(kAgendaHash));
    EXPECT_TRUE(store.wasFileRemoved(kAgendaHash));
    EXPECT_TRUE(store.wasRemoved(QStringLiteral("kst-28676-499")));
    EXPECT_FALSE(store.wasRemoved(QString()));
    EXPECT_FALSE(store.wasRemoved(QStringLiteral("kst-28676-500")));

    ASSERT_TRUE(store.add(kAgendaHash, kAgendaPath)); // the reader adds it again
    EXPECT_FALSE(store.wasFileRemoved(kAgendaHash));
    EXPECT_FALSE(store.wasRemoved(QStringLiteral("kst-28676-499")));

    // A letter without an id is remembered by its bytes alone; analysed again, it is back.
    ASSERT_TRUE(store.remove(kAgendaHash));
    Analysis withoutId = agendaAnalysis();
    withoutId.selfId.clear();
    ASSERT_TRUE(indexAgenda(path, withoutId));
    EXPECT_FALSE(store.wasFileRemoved(kAgendaHash));
}

TEST(LibraryStore, anOfficialIdOutlivesAReanalysisThatFindsAnotherOrNone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    LibraryStore store(path);
    ASSERT_TRUE(store.open());
    Analysis printed = agendaAnalysis();
    printed.selfId = QStringLiteral("kst-21501-02-1111");
    ASSERT_TRUE(indexAgenda(path, printed));
    ASSERT_TRUE(store.setOfficialId(kAgendaHash, QStringLiteral("kst-28676-499")));

    ASSERT_TRUE(indexAgenda(path, printed)); // a re-index puts the analysis's facts again
    EXPECT_EQ(store.byHash(kAgendaHash)->selfId, QStringLiteral("kst-28676-499"));
    EXPECT_TRUE(store.bySelfId(QStringLiteral("kst-28676-499")).has_value());
    EXPECT_FALSE(store.bySelfId(QStringLiteral("kst-21501-02-1111")).has_value());
    Analysis none = agendaAnalysis();
    none.selfId.clear();
    ASSERT_TRUE(indexAgenda(path, none));
    EXPECT_EQ(store.byHash(kAgendaHash)->selfId, QStringLiteral("kst-28676-499"));

    // Without an official id, the letter is known by the id its pages print.
    ASSERT_TRUE(store.setOfficialId(kAgendaHash, QString()));
    ASSERT_TRUE(indexAgenda(path, printed));
    EXPECT_EQ(store.bySelfId(QStringLiteral("kst-21501-02-1111"))->hash, kAgendaHash);
}

TEST(LibraryStore, damagedDatabaseIsMovedAsideAndReplacedWithAMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    const QByteArray garbage(4096, 'x');
    writeFile(path, garbage);
    LibraryStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_FALSE(store.error().isEmpty());
    ASSERT_FALSE(store.movedAsidePath().isEmpty());
    QFile aside(store.movedAsidePath());
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), garbage);
    EXPECT_TRUE(store.isEmpty());
    EXPECT_TRUE(store.add(kAgendaHash, kAgendaPath));
}

TEST(LibraryStore, versionOneDatabaseIsMigratedKeepingItsDocuments)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1)")));
        ASSERT_TRUE(q.exec(
            QStringLiteral("CREATE TABLE documents (hash TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL "
                           "DEFAULT '', kind TEXT NOT NULL DEFAULT 'other', meeting_type TEXT NOT NULL DEFAULT '', "
                           "meeting_start TEXT NOT NULL DEFAULT '', meeting_end TEXT NOT NULL DEFAULT '', "
                           "meeting_place TEXT NOT NULL DEFAULT '', added TEXT NOT NULL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO documents (hash, path, kind, added) VALUES "
                                          "('bb22', '/v.txt', 'verslag', '2024-06-01T10:00:00Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    LibraryStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_EQ(store.schemaVersion(), LibraryStore::currentSchemaVersion());
    ASSERT_EQ(store.entries().size(), 1);
    EXPECT_EQ(store.entries().first().kind, DocumentKind::Verslag);
    EXPECT_TRUE(store.entries().first().selfId.isEmpty());
}

TEST(LibraryStore, hashIsTheSha256OfTheFileBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("abc.txt"));
    writeFile(path, QByteArrayLiteral("abc"));
    EXPECT_EQ(LibraryStore::hashFile(path),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QString error;
    EXPECT_TRUE(LibraryStore::hashFile(dir.filePath(QStringLiteral("missing")), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(LibraryStore, samplesAreCopiedOnceAndLeftAloneAfterwards)
{
    QTemporaryDir dir;
    const QString from = QFileInfo(test::dataFile(QStringLiteral("000_a60e29c67b147090.txt"))).absolutePath();
    const QString to = dir.filePath(QStringLiteral("samples"));
    const QStringList copied = LibraryStore::copySamples(from, to);
    EXPECT_EQ(copied.size(), QDir(from).entryList(QDir::Files).size());
    EXPECT_EQ(LibraryStore::hashFile(copied.first()),
              LibraryStore::hashFile(from + QStringLiteral("/000_a60e29c67b147090.txt")));
    writeFile(copied.first(), QByteArrayLiteral("edited by the user"));
    LibraryStore::copySamples(from, to);
    QFile f(copied.first());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArrayLiteral("edited by the user"));
}

// Every move aside is reported with its new path, once: a move whose message nobody saw
// (the new database could not be started on a full disk) is reported by the next start.
TEST(LibraryStore, aDamagedFileMovedAsideEarlierIsReportedOnceByTheNextStart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    const QString earlier = path + QStringLiteral(".damaged-20261201-101500");
    writeFile(earlier, QByteArray(4096, 'x'));
    {
        LibraryStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        EXPECT_TRUE(store.error().contains(earlier)) << store.error().toStdString();
        EXPECT_TRUE(store.error().contains(QStringLiteral("annotations"))) << store.error().toStdString();
    }
    LibraryStore again(path);
    ASSERT_TRUE(again.open()) << again.error().toStdString();
    EXPECT_TRUE(again.error().isEmpty()) << again.error().toStdString();
}

TEST(LibraryStore, theMessageAboutADamagedLibrarySaysItHeldTheAnnotationsAndIsNotRepeated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    writeFile(path, QByteArray(4096, 'x'));
    {
        LibraryStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        EXPECT_TRUE(store.error().contains(store.movedAsidePath()));
        EXPECT_TRUE(store.error().contains(QStringLiteral("your annotations included"))) << store.error().toStdString();
    }
    LibraryStore again(path);
    ASSERT_TRUE(again.open()) << again.error().toStdString();
    EXPECT_TRUE(again.error().isEmpty()) << again.error().toStdString();
}
