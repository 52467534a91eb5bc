// Bringing the index up to date with files on disk: incremental by content hash, rebuilt
// from scratch, folders searched recursively, unreadable files reported; and on a corpus
// of generated letters.
#include "GuiApp.h"
#include "LetterCorpus.h"
#include "TestData.h"

#include "library/LibraryIndex.h"
#include "library/LibraryIndexer.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::dataFile;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList hitPaths(const LibraryIndex &index, const QString &query)
{
    QStringList out;
    for (const SearchHit &hit : index.search(query, 500))
        out << hit.path;
    out.sort();
    return out;
}

// Two samples in a folder, a third one level down, and a file the index ignores.
class LibraryIndexerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        letters = dir.filePath(QStringLiteral("letters"));
        writeFile(letters + QStringLiteral("/a.txt"), readFile(dataFile(QStringLiteral("000_a60e29c67b147090.txt"))));
        writeFile(letters + QStringLiteral("/b.txt"), readFile(dataFile(QStringLiteral("002_e47a5db50cc64457.txt"))));
        writeFile(letters + QStringLiteral("/2024/c.txt"),
                  readFile(dataFile(QStringLiteral("004_cd1c5c75dbeda8f3.txt"))));
        writeFile(letters + QStringLiteral("/notes.odt"), "not a letter");
        index = std::make_unique<LibraryIndex>(dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(index->open()) << index->error().toStdString();
    }

    IndexSummary runOn(const QStringList &paths)
    {
        QVector<IndexFailure> missing;
        const QStringList files = LibraryIndexer::collectFiles(paths, &missing);
        IndexSummary s = LibraryIndexer(*index).run(files);
        s.failed = missing + s.failed;
        return s;
    }

    QTemporaryDir dir;
    QString letters;
    std::unique_ptr<LibraryIndex> index;
};

} // namespace

TEST_F(LibraryIndexerTest, findsPdfAndTextFilesInFoldersRecursively)
{
    const QStringList files = LibraryIndexer::collectFiles({letters, letters + QStringLiteral("/a.txt")});
    ASSERT_EQ(files.size(), 3);
    EXPECT_TRUE(files[0].endsWith(QStringLiteral("/letters/2024/c.txt")));
    EXPECT_TRUE(files[1].endsWith(QStringLiteral("/letters/a.txt")));
    QVector<IndexFailure> failed;
    LibraryIndexer::collectFiles({dir.filePath(QStringLiteral("nowhere"))}, &failed);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(failed[0].reason.isEmpty());
}

TEST_F(LibraryIndexerTest, secondRunSkipsEveryUnchangedFile)
{
    QVector<int> progress;
    LibraryIndexer indexer(*index);
    indexer.setProgress([&](int done, int total, const QString &) {
        progress << done;
        EXPECT_EQ(total, 3);
    });
    const IndexSummary first = indexer.run(LibraryIndexer::collectFiles({letters}));
    EXPECT_EQ(first.indexed, 3);
    EXPECT_EQ(first.skipped, 0);
    EXPECT_TRUE(first.failed.isEmpty());
    EXPECT_EQ(progress, (QVector<int>{1, 2, 3}));
    const IndexSummary second = runOn({letters});
    EXPECT_EQ(second.indexed, 0);
    EXPECT_EQ(second.skipped, 3);
    EXPECT_EQ(index->documentCount(), 3);
}

TEST_F(LibraryIndexerTest, changedFileReplacesItsOldRowsAndOthersAreSkipped)
{
    ASSERT_EQ(runOn({letters}).indexed, 3);
    const QString a = letters + QStringLiteral("/a.txt");
    const QString oldHash = LibraryStore::hashFile(a);
    ASSERT_FALSE(hitPaths(*index, QStringLiteral("Oekraïne")).isEmpty());
    // The adviser's copy is edited: a new word in, every "Oekraïne" out.
    QString text = QString::fromUtf8(readFile(a));
    ASSERT_TRUE(text.contains(QStringLiteral("Oekraïne")));
    text.replace(QStringLiteral("Oekraïense"), QStringLiteral("Kyiviaanse"))
        .replace(QStringLiteral("Oekraïne"), QStringLiteral("Zwitserland"));
    writeFile(a, text.toUtf8() + "\nHet woord zeldzaamheidsproef staat hier.\n");

    const IndexSummary again = runOn({letters});
    EXPECT_EQ(again.indexed, 1);
    EXPECT_EQ(again.skipped, 2);
    EXPECT_EQ(index->documentCount(), 3);
    EXPECT_FALSE(index->isCurrent(a, oldHash));
    EXPECT_TRUE(index->isCurrent(a, LibraryStore::hashFile(a)));
    EXPECT_EQ(hitPaths(*index, QStringLiteral("zeldzaamheidsproef")), QStringList{QFileInfo(a).absoluteFilePath()});
    EXPECT_FALSE(hitPaths(*index, QStringLiteral("oekraine")).contains(QFileInfo(a).absoluteFilePath()));
}

TEST_F(LibraryIndexerTest, sameBytesUnderTwoNamesAreIndexedOnce)
{
    writeFile(letters + QStringLiteral("/copy-of-a.txt"), readFile(letters + QStringLiteral("/a.txt")));
    const IndexSummary s = runOn({letters});
    EXPECT_EQ(s.indexed, 3);
    EXPECT_EQ(s.skipped, 1);
    EXPECT_EQ(runOn({letters}).skipped, 4);
    EXPECT_EQ(index->documentCount(), 3);
}

TEST_F(LibraryIndexerTest, rebuildStartsFromAnEmptyIndex)
{
    ASSERT_EQ(runOn({letters}).indexed, 3);
    ASSERT_TRUE(index->clear());
    EXPECT_EQ(index->documentCount(), 0);
    EXPECT_TRUE(index->search(QStringLiteral("oekraine")).isEmpty());
    const IndexSummary rebuilt = runOn({letters});
    EXPECT_EQ(rebuilt.indexed, 3);
    EXPECT_EQ(rebuilt.skipped, 0);
    EXPECT_EQ(hitPaths(*index, QStringLiteral("oekraine")).size(), 3);
}

TEST_F(LibraryIndexerTest, unreadableFilesAreReportedWithAReasonAndTheRestIndexed)
{
    writeFile(letters + QStringLiteral("/empty.txt"), QByteArray());
    writeFile(letters + QStringLiteral("/broken.pdf"), "%PDF-1.7\nnot really");
    const IndexSummary s = runOn({letters, dir.filePath(QStringLiteral("missing.pdf"))});
    EXPECT_EQ(s.indexed, 3);
    ASSERT_EQ(s.failed.size(), 3);
    for (const IndexFailure &f : s.failed)
        EXPECT_FALSE(f.reason.isEmpty()) << f.file.toStdString();
    EXPECT_EQ(index->documentCount(), 3);
}

TEST(LibraryIndexerCorpus, generatedLettersAreFoundByPlaceAndMeeting)
{
    test::ensureGuiApp();
    QTemporaryDir dir;
    const QVector<test::CorpusLetter> corpus = test::LetterCorpus(77).generate(30);
    for (const test::CorpusLetter &letter : corpus)
        writeFile(dir.filePath(letter.name + QStringLiteral(".txt")), letter.text.toUtf8());
    LibraryIndex index(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(index.open());
    const IndexSummary s = LibraryIndexer(index).run(LibraryIndexer::collectFiles({dir.path()}));
    EXPECT_EQ(s.indexed, corpus.size());
    EXPECT_TRUE(s.failed.isEmpty());
    int checked = 0;
    for (const test::CorpusLetter &letter : corpus) {
        if (letter.truth.place == QLatin1String("Brussel"))
            continue;
        // A host city (accents folded away by the query) finds the letters of that meeting.
        const QString path = QFileInfo(dir.filePath(letter.name + QStringLiteral(".txt"))).absoluteFilePath();
        bool found = false;
        for (const SearchHit &hit : index.search(letter.truth.place.toLower(), 500)) {
            if (hit.path != path)
                continue;
            found = true;
            EXPECT_EQ(hit.meetingStart, letter.truth.start) << letter.name.toStdString();
            EXPECT_EQ(hit.kind, letter.truth.kind) << letter.name.toStdString();
        }
        EXPECT_TRUE(found) << letter.name.toStdString() << " by " << letter.truth.place.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 3);
}
