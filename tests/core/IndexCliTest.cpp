// diptych-cli index and search as scripts use them: JSON keys, summaries, exit codes.
#include "CliRun.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using diptych::test::CliRun;
using diptych::test::dataFile;
using diptych::test::runCli;

namespace {

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

// The five samples copied into a folder, and a library database beside it.
class IndexCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        folder = dir.filePath(QStringLiteral("letters"));
        QDir().mkpath(folder);
        for (const QString &name : QDir(QStringLiteral(DIPTYCH_TEST_DATA)).entryList({QStringLiteral("*.txt")}))
            ASSERT_TRUE(QFile::copy(dataFile(name), folder + QLatin1Char('/') + name));
        db = dir.filePath(QStringLiteral("library.sqlite"));
    }

    CliRun index(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("index"), QStringLiteral("--library"), db} + args);
    }
    CliRun search(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("search"), QStringLiteral("--library"), db} + args);
    }

    QTemporaryDir dir;
    QString folder;
    QString db;
};

} // namespace

TEST_F(IndexCliTest, indexJsonCountsIndexedSkippedAndFailed)
{
    const CliRun first = index({QStringLiteral("--json"), folder});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(first.out).object();
    EXPECT_EQ(keys(o), (QStringList{"documents", "failed", "indexed", "skipped"}));
    EXPECT_EQ(o.value(QStringLiteral("indexed")).toInt(), 5);
    EXPECT_EQ(o.value(QStringLiteral("skipped")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("documents")).toInt(), 5);

    const CliRun second = index({QStringLiteral("--json"), folder, dir.filePath(QStringLiteral("gone.pdf"))});
    EXPECT_EQ(second.exitCode, 1);
    const QJsonObject again = QJsonDocument::fromJson(second.out).object();
    EXPECT_EQ(again.value(QStringLiteral("indexed")).toInt(), 0);
    EXPECT_EQ(again.value(QStringLiteral("skipped")).toInt(), 5);
    const QJsonArray failed = again.value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(keys(failed[0].toObject()), (QStringList{"file", "reason"}));
}

TEST_F(IndexCliTest, summaryLineAndRebuild)
{
    ASSERT_EQ(index({folder}).exitCode, 0);
    const CliRun rebuilt = index({QStringLiteral("--rebuild"), folder});
    ASSERT_EQ(rebuilt.exitCode, 0) << rebuilt.err.toStdString();
    EXPECT_TRUE(rebuilt.out.startsWith("indexed 5, skipped 0")) << rebuilt.out.toStdString();
    EXPECT_TRUE(rebuilt.out.contains("5 documents in the index")) << rebuilt.out.toStdString();
}

TEST_F(IndexCliTest, searchJsonHasTheDocumentedKeysAndMarkedTerms)
{
    ASSERT_EQ(index({folder}).exitCode, 0);
    const CliRun run =
        search({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("oekraine")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(keys(o), (QStringList{"hits", "query"}));
    EXPECT_EQ(o.value(QStringLiteral("query")).toString(), QStringLiteral("oekraine"));
    const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
    ASSERT_EQ(hits.size(), 3);
    for (const QJsonValue &v : hits) {
        const QJsonObject hit = v.toObject();
        EXPECT_EQ(keys(hit), (QStringList{"file", "hash", "highlights", "kind", "meeting", "meeting_start", "offset",
                                          "rank", "snippet", "title"}));
        EXPECT_TRUE(hit.value(QStringLiteral("file")).toString().startsWith(folder));
        const QString snippet = hit.value(QStringLiteral("snippet")).toString();
        const QJsonArray first = hit.value(QStringLiteral("highlights")).toArray().at(0).toArray();
        ASSERT_EQ(first.size(), 2);
        EXPECT_TRUE(
            snippet.mid(first[0].toInt(), first[1].toInt() - first[0].toInt()).startsWith(QStringLiteral("Oekraïne")))
            << snippet.toStdString();
        EXPECT_FALSE(snippet.contains(QChar(0x01)));
    }
}

TEST_F(IndexCliTest, searchTextGroupsByMeetingAndGarbageIsNoError)
{
    ASSERT_EQ(index({folder}).exitCode, 0);
    const CliRun run = search({QStringLiteral("Oekraïne")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("FMM")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("«Oekraïne»")) << run.out.toStdString();
    for (const char *garbage : {"\"", "AND", "*", "NEAR(", "(((("}) {
        const CliRun g = search({QStringLiteral("--json"), QString::fromLatin1(garbage)});
        EXPECT_EQ(g.exitCode, 0) << garbage << ": " << g.err.toStdString();
        EXPECT_TRUE(g.err.isEmpty()) << garbage;
        EXPECT_TRUE(QJsonDocument::fromJson(g.out).object().value(QStringLiteral("hits")).isArray()) << garbage;
    }
    EXPECT_EQ(search({}).exitCode, 2);
    EXPECT_EQ(search({QStringLiteral("--limit"), QStringLiteral("x"), QStringLiteral("a")}).exitCode, 2);
}

// A name whose bytes are not UTF-8 (Latin-1 "café") cannot be carried by Qt: index lists it
// under failed with the reason, analyze says why instead of "file not found".
TEST(IndexCli, aFileNameThatIsNotUtf8IsReportedNotSkipped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray folder = QFile::encodeName(dir.path());
    const QByteArray latin1 = folder + "/brief-caf\xe9.txt";
    ASSERT_TRUE(QFile::copy(diptych::test::dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt")),
                            dir.filePath(QStringLiteral("ok.txt"))));
    {
        QFile in(dir.filePath(QStringLiteral("ok.txt")));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        FILE *out = std::fopen(latin1.constData(), "wb");
        ASSERT_NE(out, nullptr);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
        std::fclose(out);
    }
    const CliRun r = runCli({QStringLiteral("index"), QStringLiteral("--library"),
                             dir.filePath(QStringLiteral("lib.sqlite")), QStringLiteral("--json"), dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("indexed")).toInt(), 1);
    const QJsonArray failed = o.value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(
        failed.first().toObject().value(QStringLiteral("file")).toString().contains(QStringLiteral("brief-caf")));
    EXPECT_TRUE(failed.first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("not valid UTF-8")));
}
