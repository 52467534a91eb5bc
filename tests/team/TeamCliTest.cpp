// diptych-cli team init / add / sync and annotations reply / list, as a script runs them.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"
#include "library/LibraryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

using namespace diptych;
using namespace diptych::test;

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DIPTYCH_CLI), args);
    process.waitForFinished(120000);
    return CliResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     process.readAllStandardOutput(), process.readAllStandardError()};
}

// A cluster with roles but no schema: the CLI makes it.
class TeamCliTest : public TeamFixture
{
protected:
    void initTeam() override {}

    QStringList server(const QString &role) const
    {
        return {QStringLiteral("--server"), m_cluster.url(role), QStringLiteral("--team"), kTeam};
    }
    QStringList sync(const QString &role, bool json = false) const
    {
        QStringList args =
            QStringList{QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--store"), storePath(role)}
            + server(role);
        if (json)
            args << QStringLiteral("--json");
        return args;
    }
};

} // namespace

TEST_F(TeamCliTest, InitAddSyncReplyAndList)
{
    CliResult run =
        cli(QStringList{QStringLiteral("team"), QStringLiteral("init")} + server(QStringLiteral("postgres")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli(QStringList{QStringLiteral("team"), QStringLiteral("add")} + server(QStringLiteral("postgres"))
              + QStringList{QStringLiteral("alice"), QStringLiteral("bob")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli(QStringList{QStringLiteral("team"), QStringLiteral("add")} + server(QStringLiteral("postgres"))
              + QStringList{QStringLiteral("nobody")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("createuser")) << run.err.toStdString();
    run = cli(QStringList{QStringLiteral("team"), QStringLiteral("remove")} + server(QStringLiteral("postgres"))
              + QStringList{QStringLiteral("nobody")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("'nobody' is not a member of team")) << run.err.toStdString();

    const QString letter = QStringLiteral(DIPTYCH_TEST_DATA "/000_a60e29c67b147090.txt");
    Annotation a = note(QStringLiteral("Lees dit"));
    a.documentHash = LibraryStore::hashFile(letter);
    {
        SqliteAnnotationStore alice(storePath(QStringLiteral("alice")));
        ASSERT_TRUE(alice.open());
        ASSERT_TRUE(alice.put(a));
    }
    run = cli(sync(QStringLiteral("alice")));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, "pushed 1, pulled 0, waiting 0\n");
    run = cli(sync(QStringLiteral("bob"), true));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, "{\"pushed\":0,\"pulled\":1,\"waiting\":0}\n");

    run = cli({QStringLiteral("annotations"), QStringLiteral("reply"), QStringLiteral("--store"),
               storePath(QStringLiteral("bob")), a.id, QStringLiteral("Gelezen, akkoord")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli({QStringLiteral("annotations"), QStringLiteral("note"), QStringLiteral("--store"),
               storePath(QStringLiteral("bob")), a.id, QStringLiteral("Bob schrijft erover")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("only its author")) << run.err.toStdString();
    EXPECT_EQ(cli(sync(QStringLiteral("bob"))).out, "pushed 1, pulled 0, waiting 0\n");
    EXPECT_EQ(cli(sync(QStringLiteral("alice"))).out, "pushed 0, pulled 1, waiting 0\n");

    run = cli({QStringLiteral("annotations"), QStringLiteral("list"), QStringLiteral("--store"),
               storePath(QStringLiteral("alice")), letter});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.chopped(1).split('\n');
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
    EXPECT_TRUE(lines[0].contains("\tAlice\t")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith("\tdirectie")) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith("\treply\t")) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith("\tGelezen, akkoord")) << lines[1].toStdString();

    // Bob taken off the team: his next sync removes Alice's note, his reply stays.
    run = cli(QStringList{QStringLiteral("team"), QStringLiteral("remove")} + server(QStringLiteral("postgres"))
              + QStringList{QStringLiteral("bob")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, "team directie: bob removed\n");
    run = cli(sync(QStringLiteral("bob")));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("no longer in their team, so 1 of others' notes and replies were removed here"))
        << run.err.toStdString();
}

TEST_F(TeamCliTest, SyncExitsOneWhenTheServerCannotBeReachedAndTheEditsWait)
{
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("team"), QStringLiteral("init")} + server(QStringLiteral("postgres"))).exitCode,
        0);
    {
        SqliteAnnotationStore alice(storePath(QStringLiteral("alice")));
        ASSERT_TRUE(alice.open());
        ASSERT_TRUE(alice.put(note(QStringLiteral("Wacht"))));
        ASSERT_TRUE(alice.put(note(QStringLiteral("Wacht ook"))));
    }
    ASSERT_TRUE(m_cluster.kill());
    CliResult run = cli(sync(QStringLiteral("alice")));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, "pushed 0, pulled 0, waiting 2\n");
    EXPECT_TRUE(run.err.contains("edits stay waiting")) << run.err.toStdString();
    run = cli(sync(QStringLiteral("alice"), true));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, "{\"pushed\":0,\"pulled\":0,\"waiting\":2}\n");

    run = cli({QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--store"),
               storePath(QStringLiteral("alice"))});
    EXPECT_EQ(run.exitCode, 2); // no --server
    run = cli({QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--server"),
               QStringLiteral("http://example.org"), QStringLiteral("--team"), kTeam});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(TeamCliTest, RevisionsListsTheLosingEditAndRestoreBringsItBackForTheAuthorOnly)
{
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("team"), QStringLiteral("init")} + server(QStringLiteral("postgres"))).exitCode,
        0);
    ASSERT_EQ(cli(QStringList{QStringLiteral("team"), QStringLiteral("add")} + server(QStringLiteral("postgres"))
                  + QStringList{QStringLiteral("alice"), QStringLiteral("bob")})
                  .exitCode,
              0);
    const QString desk = storePath(QStringLiteral("alice"));
    const QString laptop = storePath(QStringLiteral("alice-laptop"));
    const auto syncOf = [this](const QString &store, const QString &role) {
        return cli(QStringList{QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--store"), store}
                   + server(role));
    };
    Annotation original = note(QStringLiteral("Origineel"));
    original.created = original.modified = Annotation::nowUtc().addSecs(-3600);
    {
        SqliteAnnotationStore store(desk);
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(store.put(original));
    }
    ASSERT_EQ(syncOf(desk, QStringLiteral("alice")).exitCode, 0);
    ASSERT_EQ(syncOf(laptop, QStringLiteral("alice")).exitCode, 0);
    for (const auto &[path, text, minutesAgo] : {std::tuple{laptop, QStringLiteral("Op de laptop"), 10},
                                                 std::tuple{desk, QStringLiteral("Op het bureau"), 20}}) {
        SqliteAnnotationStore store(path);
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(
            store.put(AnnotationEdits::withNote(original, text, original.modified.addSecs(3600 - 60 * minutesAgo))));
    }
    ASSERT_EQ(syncOf(laptop, QStringLiteral("alice")).exitCode, 0);
    CliResult run = syncOf(desk, QStringLiteral("alice")); // the older edit loses
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("keeps them as revisions")) << run.err.toStdString();

    const QStringList revisions{QStringLiteral("annotations"), QStringLiteral("revisions"), QStringLiteral("--server")};
    run = cli(revisions + QStringList{m_cluster.url(QStringLiteral("alice")), original.id});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> fields = run.out.trimmed().split('\t');
    ASSERT_EQ(fields.size(), 4) << run.out.toStdString();
    EXPECT_EQ(fields[2], "kept");
    EXPECT_EQ(fields[3], "Op het bureau");
    run = cli(revisions + QStringList{m_cluster.url(QStringLiteral("alice")), original.id, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray listed = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(listed.size(), 1) << run.out.toStdString();
    const QString revision = QString::number(listed[0][QStringLiteral("id")].toInteger());
    EXPECT_EQ(revision, QString::fromUtf8(fields[0]));
    EXPECT_FALSE(listed[0][QStringLiteral("deleted")].toBool());
    EXPECT_EQ(listed[0][QStringLiteral("text")].toString(), QStringLiteral("Op het bureau"));

    // Bob neither sees nor restores alice's kept revisions.
    run = cli(revisions + QStringList{m_cluster.url(QStringLiteral("bob")), original.id});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const auto restore = [this, &original, &revision](const QString &store, const QString &role) {
        return cli(
            QStringList{QStringLiteral("annotations"), QStringLiteral("restore"), QStringLiteral("--store"), store}
            + server(role) + QStringList{original.id, revision});
    };
    run = restore(storePath(QStringLiteral("bob")), QStringLiteral("bob"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("no kept revision")) << run.err.toStdString();

    run = restore(desk, QStringLiteral("alice"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out,
              original.id.toUtf8() + ": revision " + revision.toUtf8() + " restored\npushed 1, pulled 0, waiting 0\n");
    EXPECT_EQ(syncOf(laptop, QStringLiteral("alice")).out, "pushed 0, pulled 1, waiting 0\n");
    SqliteAnnotationStore onLaptop(laptop);
    ASSERT_TRUE(onLaptop.open());
    EXPECT_EQ(onLaptop.byId(original.id)->note, QStringLiteral("Op het bureau"));

    EXPECT_EQ(cli({QStringLiteral("annotations"), QStringLiteral("restore"), QStringLiteral("--store"), desk,
                   QStringLiteral("--server"), m_cluster.url(QStringLiteral("alice")), original.id, revision})
                  .exitCode,
              2); // no --team
    EXPECT_EQ(cli({QStringLiteral("annotations"), QStringLiteral("list"), QStringLiteral("--server"),
                   m_cluster.url(QStringLiteral("alice")), desk})
                  .exitCode,
              2);
}
