// A library database as the released code wrote it (tests/data/legacy, see its README),
// opened by today's code: the library's and the index's documents become one table, and
// every letter, every search row and every annotation comes over.
#include "TestData.h"

#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace diptych;
using diptych::test::dataFile;

namespace {

// Read from the committed file with sqlite3, not with our code.
const QString kSample000 = QStringLiteral("e09a01c8a3c2130d3d01be7fb31ed7801f3983268ad7c35778bb29d1f1a2e496");
const QString kSample003 = QStringLiteral("90f06c87aa50f1ac5566bb6735fd915a778dc7820c57654c1806215b53979bce");
const QString kLibraryOnly = QStringLiteral("95e3c70cb469fd23d5fecc2cc1af9f75a51ba4b083f5bb208062e03595851c99");
const QString kIndexOnly = QStringLiteral("f52c072d52bb930d96ff42a6442075704ee718a4ab84b46ddfa3d77a3fc95b4c");

class LibraryMigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("library.sqlite"));
        ASSERT_TRUE(QFile::copy(dataFile(QStringLiteral("legacy/library-schema2-index1.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    std::optional<LibraryEntry> entry(LibraryStore &store, const QString &hash) { return store.byHash(hash); }

    // Names of the tables in the file, read without our classes.
    QStringList tables()
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), db);
                while (q.next())
                    out << q.value(0).toString();
                QSqlQuery v(QStringLiteral("SELECT component FROM component_versions"), db);
                while (v.next())
                    out << QStringLiteral("component:") + v.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(LibraryMigrationTest, everyLetterOfTheLibraryAndOfTheIndexIsInOneTable)
{
    LibraryStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_TRUE(store.error().isEmpty());
    EXPECT_EQ(store.schemaVersion(), LibraryStore::currentSchemaVersion());
    const QVector<LibraryEntry> all = store.entries();
    EXPECT_EQ(all.size(), 7); // five samples, one in the library only, one in the index only
    QStringList hashes;
    for (const LibraryEntry &e : all)
        hashes << e.hash;
    hashes.removeDuplicates();
    EXPECT_EQ(hashes.size(), 7);

    const std::optional<LibraryEntry> verslag = entry(store, kSample000);
    ASSERT_TRUE(verslag);
    EXPECT_EQ(verslag->title,
              QStringLiteral("Verslag van de informele NAVO Foreign Ministers Meeting (iFMM) van 30-31 mei 2024"));
    EXPECT_EQ(verslag->kind, DocumentKind::Verslag);
    EXPECT_EQ(verslag->meeting.type, MeetingType::InformalFmm);
    EXPECT_EQ(verslag->meeting.start, QDate(2024, 5, 30));
    EXPECT_EQ(verslag->meeting.end, QDate(2024, 5, 31));
    EXPECT_EQ(verslag->meeting.place, QStringLiteral("Praag"));
    EXPECT_TRUE(verslag->path.endsWith(QStringLiteral("/samples/000_a60e29c67b147090.txt")));
    EXPECT_TRUE(verslag->indexed.isValid());

    const std::optional<LibraryEntry> agenda = entry(store, kSample003);
    ASSERT_TRUE(agenda);
    EXPECT_EQ(agenda->kind, DocumentKind::Agenda);
    EXPECT_EQ(agenda->selfId, QStringLiteral("kst-28676-446"));
    EXPECT_EQ(store.bySelfId(QStringLiteral("kst-28676-446"))->hash, kSample003);
}

TEST_F(LibraryMigrationTest, aLetterOnlyTheIndexKnewIsListedAndOneOnlyTheLibraryKnewIsNotSearchable)
{
    LibraryStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    const std::optional<LibraryEntry> motie = entry(store, kIndexOnly);
    ASSERT_TRUE(motie);
    EXPECT_EQ(motie->selfId, QStringLiteral("kst-21501-02-3121"));
    EXPECT_EQ(motie->format, SourceFormat::Pdf);
    EXPECT_TRUE(motie->path.endsWith(QStringLiteral("/kst-21501-02-3121.pdf")));
    EXPECT_TRUE(motie->added.isValid());
    const std::optional<LibraryEntry> broken = entry(store, kLibraryOnly);
    ASSERT_TRUE(broken);
    EXPECT_TRUE(broken->title.isEmpty());
    EXPECT_FALSE(broken->indexed.isValid());

    LibraryIndex index(path);
    ASSERT_TRUE(index.open()) << index.error().toStdString();
    EXPECT_EQ(index.documentCount(), 6);
    EXPECT_FALSE(index.isCurrent(broken->path, kLibraryOnly));
    EXPECT_TRUE(index.isCurrent(motie->path, kIndexOnly));
}

TEST_F(LibraryMigrationTest, theSearchIndexComesOverWithoutReindexing)
{
    LibraryIndex index(path); // the index opened first migrates the file as well
    ASSERT_TRUE(index.open()) << index.error().toStdString();
    const QVector<SearchHit> hits = index.search(QStringLiteral("Rafah"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().documentHash, kIndexOnly);
    const QVector<SearchHit> praag = index.search(QStringLiteral("\"informele NAVO Foreign Ministers Meeting\""));
    const auto it =
        std::find_if(praag.begin(), praag.end(), [](const SearchHit &h) { return h.documentHash == kSample000; });
    ASSERT_NE(it, praag.end());
    // The label the released index stored, now made from the meeting's fields.
    EXPECT_EQ(it->meetingLabel, QStringLiteral("iFMM Praag 30-31 mei 2024"));
    EXPECT_EQ(it->meetingStart, QDate(2024, 5, 30));
}

TEST_F(LibraryMigrationTest, theAnnotationsAreUntouched)
{
    LibraryStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    SqliteAnnotationStore annotations(path);
    ASSERT_TRUE(annotations.open()) << annotations.error().toStdString();
    const QVector<Annotation> onAgenda = annotations.byDocument(kSample003);
    ASSERT_EQ(onAgenda.size(), 2);
    EXPECT_EQ(annotations.count(), 2);
    const auto note = std::find_if(onAgenda.begin(), onAgenda.end(), [](const Annotation &a) { return a.isNote(); });
    ASSERT_NE(note, onAgenda.end());
    EXPECT_EQ(note->note, QStringLiteral("Nagaan bij DVB"));
    EXPECT_EQ(note->tags, QStringList{QStringLiteral("navo")});
    // Teams (schema step 2): shared with the chosen team by default, no replies, and both
    // waiting in the outbox so a first team sync takes them along.
    EXPECT_EQ(annotations.schemaVersion(), SqliteAnnotationStore::currentSchemaVersion());
    EXPECT_EQ(note->sharing, AnnotationSharing::Team);
    EXPECT_TRUE(note->team.isEmpty());
    EXPECT_TRUE(annotations.replies(note->id).isEmpty());
    EXPECT_EQ(annotations.journal().waitingCount(), 2);
    EXPECT_TRUE(annotations.journal().isWaiting(note->id));
    EXPECT_EQ(annotations.journal().pulledRevision(), 0);
}

TEST_F(LibraryMigrationTest, theIndexKeepsNoDocumentsOrVersionOfItsOwn)
{
    {
        LibraryStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
    }
    const QStringList names = tables();
    EXPECT_TRUE(names.contains(QStringLiteral("documents")));
    EXPECT_TRUE(names.contains(QStringLiteral("meetings")));
    EXPECT_TRUE(names.contains(QStringLiteral("index_text")));
    EXPECT_FALSE(names.contains(QStringLiteral("index_documents")));
    EXPECT_FALSE(names.contains(QStringLiteral("index_meetings")));
    EXPECT_FALSE(names.contains(QStringLiteral("component:index")));
    EXPECT_TRUE(names.contains(QStringLiteral("component:annotations")));
}

TEST_F(LibraryMigrationTest, aMigratedLetterIsAnalysedAgainForWhatTheOldTablesDidNotHold)
{
    LibraryStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    for (const LibraryEntry &e : store.entries())
        EXPECT_FALSE(e.isAnalysed()) << e.path.toStdString(); // no document type yet
}
