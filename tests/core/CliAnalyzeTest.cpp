// diptych-cli analyze as scripts use it: exit codes, stderr lines, the JSON keys.
#include "CliRun.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using diptych::test::dataFile;

using diptych::test::CliRun;
using diptych::test::runCli;

TEST(CliAnalyze, oneFilePrintsOneObjectWithTheDocumentedKeys)
{
    const CliRun run = runCli(
        {QStringLiteral("analyze"), QStringLiteral("--json"), dataFile(QStringLiteral("004_cd1c5c75dbeda8f3.txt"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    for (const char *key : {"file", "format", "pages", "kind", "title", "meeting", "self", "cover_letter", "sections",
                            "footnotes", "references", "mentions", "text"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("agenda"));
    EXPECT_EQ(o.value(QStringLiteral("pages")).toInt(), 2);
    const QJsonObject meeting = o.value(QStringLiteral("meeting")).toObject();
    EXPECT_EQ(meeting.value(QStringLiteral("type")).toString(), QStringLiteral("iFMM"));
    EXPECT_EQ(meeting.value(QStringLiteral("start")).toString(), QStringLiteral("2025-05-14"));
    EXPECT_EQ(meeting.value(QStringLiteral("end")).toString(), QStringLiteral("2025-05-15"));
    EXPECT_TRUE(o.value(QStringLiteral("self")).isNull());
    const QJsonArray notes = o.value(QStringLiteral("footnotes")).toArray();
    ASSERT_EQ(notes.size(), 3);
    const QJsonObject call = notes[0].toObject().value(QStringLiteral("calls")).toArray().first().toObject();
    EXPECT_EQ(call.value(QStringLiteral("page")).toInt(), 1);
    EXPECT_TRUE(call.value(QStringLiteral("before")).toString().endsWith(QStringLiteral("brief daarover.")));
    const QJsonArray refs = o.value(QStringLiteral("references")).toArray();
    ASSERT_FALSE(refs.isEmpty());
    EXPECT_EQ(refs[0].toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("https://zoek.officielebekendmakingen.nl/kst-28676-499.html"));
}

TEST(CliAnalyze, severalFilesPrintAnArrayAndABadOneIsReportedWhileTheOthersGoOn)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
    const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--no-text"),
                               dataFile(QStringLiteral("000_a60e29c67b147090.txt")), missing,
                               dataFile(QStringLiteral("001_76cb035f3064fde5.txt"))});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonArray all = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(all.size(), 2);
    EXPECT_FALSE(all[0].toObject().contains(QStringLiteral("text")));
    EXPECT_EQ(all[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("verslag"));
    const QString err = QString::fromUtf8(run.err);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(err.startsWith(missing + QStringLiteral(": "))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("not found")));
}

TEST(CliAnalyze, readableSummaryWithoutJson)
{
    const CliRun run = runCli({QStringLiteral("analyze"), dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt"))});
    ASSERT_EQ(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("kind: agenda")));
    EXPECT_TRUE(out.contains(QStringLiteral("Sessie 3: NATO Ukraine Council")));
}

TEST(CliAnalyze, unknownCommandAndMissingArgumentsAreUsageErrors)
{
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("analyze")}).exitCode, 2);
    EXPECT_EQ(runCli({}).exitCode, 2);
}
