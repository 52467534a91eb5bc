// diptych-cli links as scripts use it: the JSON shape, exit codes, stderr lines.
#include "CliRun.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using diptych::test::dataFile;

namespace {

using LinksRun = diptych::test::CliRun;

LinksRun runLinks(const QStringList &args)
{
    return diptych::test::runCli(QStringList{QStringLiteral("links")} + args);
}

QStringList samples()
{
    QStringList files;
    for (const char *name : {"000_a60e29c67b147090.txt", "001_76cb035f3064fde5.txt", "002_e47a5db50cc64457.txt",
                             "003_eafaf4e2d27f033a.txt", "004_cd1c5c75dbeda8f3.txt"})
        files << dataFile(QString::fromLatin1(name));
    return files;
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

TEST(LinksCli, jsonHasExactlyDocumentsMeetingsLinksAndTopicsOfTheDocumentedShape)
{
    const LinksRun run = runLinks(QStringList{QStringLiteral("--json")} + samples());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(keys(o), (QStringList{"documents", "links", "meetings", "topics"}));

    const QJsonArray documents = o.value(QStringLiteral("documents")).toArray();
    ASSERT_EQ(documents.size(), 5);
    QStringList order;
    for (const QJsonValue &d : documents) {
        EXPECT_EQ(keys(d.toObject()), (QStringList{"file", "kind", "meeting"}));
        order << d.toObject().value(QStringLiteral("file")).toString().section(QLatin1Char('/'), -1).left(3);
    }
    EXPECT_EQ(order, (QStringList{"002", "003", "001", "000", "004"}));
    EXPECT_EQ(documents[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("agenda"));
    EXPECT_EQ(documents[1].toObject().value(QStringLiteral("meeting")).toInt(-1), 1);

    const QJsonArray meetings = o.value(QStringLiteral("meetings")).toArray();
    ASSERT_EQ(meetings.size(), 5);
    for (const QJsonValue &m : meetings)
        EXPECT_EQ(keys(m.toObject()), (QStringList{"agenda", "end", "place", "start", "type", "verslag"}));
    const QJsonObject november = meetings[1].toObject();
    EXPECT_EQ(november.value(QStringLiteral("start")).toString(), QStringLiteral("2023-11-28"));
    EXPECT_TRUE(november.value(QStringLiteral("place")).isNull()) << "the agenda does not name the place";
    EXPECT_TRUE(november.value(QStringLiteral("verslag")).isNull());
    EXPECT_EQ(november.value(QStringLiteral("agenda")).toString(),
              dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt")));

    const QSet<QString> kinds{"same-meeting", "previous-meeting", "kamerstuk", "mentions-meeting", "topic"};
    QSet<QString> seen;
    for (const QJsonValue &l : o.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = l.toObject();
        EXPECT_EQ(keys(link), (QStringList{"from", "kind", "label", "to"}));
        EXPECT_TRUE(kinds.contains(link.value(QStringLiteral("kind")).toString()));
        EXPECT_NE(link.value(QStringLiteral("from")).toString(), link.value(QStringLiteral("to")).toString());
        seen.insert(link.value(QStringLiteral("kind")).toString());
    }
    EXPECT_EQ(seen, (QSet<QString>{"previous-meeting", "kamerstuk", "mentions-meeting", "topic"}));

    const QJsonArray topics = o.value(QStringLiteral("topics")).toArray();
    ASSERT_FALSE(topics.isEmpty());
    const QJsonObject ukraine = topics[0].toObject();
    EXPECT_EQ(keys(ukraine), (QStringList{"documents", "topic"}));
    EXPECT_EQ(ukraine.value(QStringLiteral("topic")).toString(), QStringLiteral("Oekraïne"));
    const QJsonArray entries = ukraine.value(QStringLiteral("documents")).toArray();
    ASSERT_EQ(entries.size(), 5);
    EXPECT_EQ(keys(entries[1].toObject()), (QStringList{"file", "section"}));
    EXPECT_EQ(entries[1].toObject().value(QStringLiteral("section")).toString(), QStringLiteral("Oekraïne"));
    EXPECT_TRUE(entries[0].toObject().value(QStringLiteral("section")).isNull()) << "002 has no sections";
}

TEST(LinksCli, anUnreadableFileIsOneStderrLineAndTheOthersAreStillLinked)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
    const LinksRun run = runLinks({QStringLiteral("--json"), samples().at(0), missing, samples().at(1)});
    EXPECT_EQ(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(err.startsWith(missing + QStringLiteral(": "))) << err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(o.value(QStringLiteral("documents")).toArray().size(), 2);
    EXPECT_EQ(o.value(QStringLiteral("meetings")).toArray().size(), 2);
}

TEST(LinksCli, withoutJsonItPrintsAReadableListing)
{
    const LinksRun run = runLinks(samples());
    ASSERT_EQ(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("FMM Brussel 3-4 april 2024"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("NAVO-top in Washington D.C. (2024): 003_eafaf4e2d27f033a.txt, "
                                            "001_76cb035f3064fde5.txt, 000_a60e29c67b147090.txt")));
}

TEST(LinksCli, noFilesOrAnUnknownOptionIsAUsageError)
{
    EXPECT_EQ(runLinks({}).exitCode, 2);
    EXPECT_EQ(runLinks({QStringLiteral("--frobnicate"), samples().at(0)}).exitCode, 2);
}
