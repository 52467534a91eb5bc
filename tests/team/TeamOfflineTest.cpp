// Offline first: edits wait in the outbox while the server is away, and neither a server
// killed nor a client killed in the middle of a sync loses an edit or applies one twice.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"

#include <QElapsedTimer>
#include <QThread>

using namespace diptych;
using namespace diptych::test;

namespace {

QVector<Annotation> manyNotes(int count)
{
    QVector<Annotation> out;
    for (int i = 0; i < count; ++i) {
        Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("hash-of-letter"));
        a.note = QStringLiteral("Aantekening %1").arg(i);
        a.position = TextPositionSelector{i, i + 5};
        out.append(a);
    }
    return out;
}

QStringList syncArguments(const QString &store, const QString &url)
{
    return {QStringLiteral("team"),     QStringLiteral("sync"),
            QStringLiteral("--store"),  store,
            QStringLiteral("--server"), url,
            QStringLiteral("--team"),   QStringLiteral("directie")};
}

} // namespace

class TeamOfflineTest : public TeamFixture
{
protected:
    static constexpr int kCount = 1500;

    // Gives alice kCount new notes, starts `diptych-cli team sync` for her store and waits
    // until the server has taken a hundred of them.
    bool startSyncOfManyEdits(QProcess &cli)
    {
        {
            SqliteAnnotationStore alice(storePath(QStringLiteral("alice")));
            if (!alice.open() || !alice.putAll(manyNotes(kCount)))
                return false;
        }
        cli.start(QStringLiteral(DIPTYCH_CLI),
                  syncArguments(storePath(QStringLiteral("alice")), m_cluster.url(QStringLiteral("alice"))));
        if (!cli.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && cli.state() == QProcess::Running) {
            if (serverCount(QStringLiteral("SELECT count(*) FROM diptych.edits")) >= 100)
                return true;
            QThread::msleep(5);
        }
        return false;
    }

    // Every edit on the server exactly once, and bob sees them all as alice last wrote them.
    void expectAllOnceAndConverged(int count)
    {
        EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations")), count);
        EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.edits")), count); // one push each
        auto bob = client(QStringLiteral("bob"));
        EXPECT_EQ(synced(*bob).pulled, count);
        EXPECT_EQ(bob->store.count(), count);
        SqliteAnnotationStore alice(storePath(QStringLiteral("alice")));
        ASSERT_TRUE(alice.open());
        EXPECT_EQ(alice.journal().waitingCount(), 0);
        for (const Annotation &a : alice.all())
            EXPECT_EQ(bob->store.byId(a.id)->note, a.note);
    }
};

TEST_F(TeamOfflineTest, EditsWaitWhileTheServerIsAwayAndGoWhenItIsBack)
{
    auto alice = client(QStringLiteral("alice"));
    const Annotation first = note(QStringLiteral("Eerste"));
    ASSERT_TRUE(alice->store.put(first));
    synced(*alice);

    ASSERT_TRUE(m_cluster.kill());
    ASSERT_TRUE(alice->store.put(AnnotationEdits::withNote(first, QStringLiteral("Offline bewerkt"))));
    ASSERT_TRUE(alice->store.put(note(QStringLiteral("Offline nieuw"))));
    ASSERT_TRUE(alice->store.putReply(AnnotationReply::create(first.id, QStringLiteral("Offline antwoord"))));
    SyncRound offline = alice->sync.run();
    EXPECT_FALSE(offline.completed);
    EXPECT_FALSE(offline.error.isEmpty());
    EXPECT_EQ(offline.waiting, 3);
    EXPECT_EQ(alice->store.byId(first.id)->note, QStringLiteral("Offline bewerkt")); // nothing blocks

    ASSERT_TRUE(m_cluster.start()) << m_cluster.error().toStdString();
    alice = client(QStringLiteral("alice")); // the port may have changed
    const SyncRound back = synced(*alice);
    EXPECT_EQ(back.pushed, 3);
    EXPECT_EQ(back.waiting, 0);
    auto bob = client(QStringLiteral("bob"));
    EXPECT_EQ(synced(*bob).pulled, 3);
    EXPECT_EQ(bob->store.byId(first.id)->note, QStringLiteral("Offline bewerkt"));
    EXPECT_EQ(bob->store.replies(first.id).size(), 1);
}

TEST_F(TeamOfflineTest, ServerKilledInTheMiddleOfASyncLosesNothingAndDoublesNothing)
{
    QProcess cli;
    ASSERT_TRUE(startSyncOfManyEdits(cli)) << "the sync ended before the server could be killed";
    ASSERT_TRUE(m_cluster.kill());
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), 1);
    EXPECT_TRUE(cli.readAllStandardOutput().contains("waiting"));

    ASSERT_TRUE(m_cluster.start()) << m_cluster.error().toStdString();
    auto alice = client(QStringLiteral("alice"));
    const SyncRound round = synced(*alice);
    EXPECT_EQ(round.waiting, 0);
    expectAllOnceAndConverged(kCount);
}

TEST_F(TeamOfflineTest, ClientKilledInTheMiddleOfASyncLosesNothingAndDoublesNothing)
{
    QProcess cli;
    ASSERT_TRUE(startSyncOfManyEdits(cli)) << "the sync ended before it could be killed";
    cli.kill(); // SIGKILL
    ASSERT_TRUE(cli.waitForFinished(10000));
    EXPECT_EQ(cli.exitStatus(), QProcess::CrashExit);
    const qint64 before = serverCount(QStringLiteral("SELECT count(*) FROM diptych.edits"));
    EXPECT_GE(before, 100);
    EXPECT_LT(before, kCount);

    {
        // Edits made after the kill, of items that went out and of items still waiting.
        SqliteAnnotationStore alice(storePath(QStringLiteral("alice")));
        ASSERT_TRUE(alice.open());
        // One that reached the server and one still waiting, never sent.
        const QVector<OutboxEntry> waiting = alice.journal().waiting(kCount);
        ASSERT_FALSE(waiting.isEmpty());
        ASSERT_FALSE(waiting.last().attempted);
        std::optional<Annotation> sent;
        for (const Annotation &a : alice.all()) {
            if (alice.journal().synced(a.id))
                sent = a;
        }
        ASSERT_TRUE(sent.has_value());
        ASSERT_TRUE(alice.put(AnnotationEdits::withNote(*sent, QStringLiteral("Na de crash"))));
        ASSERT_TRUE(
            alice.put(AnnotationEdits::withNote(*alice.byId(waiting.last().item), QStringLiteral("Ook na de crash"))));
    }
    QProcess again;
    again.start(QStringLiteral(DIPTYCH_CLI),
                syncArguments(storePath(QStringLiteral("alice")), m_cluster.url(QStringLiteral("alice"))));
    ASSERT_TRUE(again.waitForFinished(120000));
    EXPECT_EQ(again.exitCode(), 0) << again.readAllStandardError().toStdString();
    EXPECT_TRUE(again.readAllStandardOutput().endsWith("waiting 0\n"));

    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations")), kCount);
    // One push for each annotation, one more for the first one edited again after it went out.
    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.edits")), kCount + 1);
    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.kept_revisions")), 0);
    auto bob = client(QStringLiteral("bob"));
    EXPECT_EQ(synced(*bob).pulled, kCount);
    SqliteAnnotationStore alice(storePath(QStringLiteral("alice")));
    ASSERT_TRUE(alice.open());
    for (const Annotation &a : alice.all())
        ASSERT_EQ(bob->store.byId(a.id)->note, a.note);
}
