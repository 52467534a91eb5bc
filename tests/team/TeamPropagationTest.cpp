// Add, edit, delete and reply travel between two members through the real server, and a
// NOTIFY brings the others' edits in while connected.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace diptych;
using namespace diptych::test;

TEST_F(TeamFixture, AddEditReplyAndDeleteReachTheOtherMember)
{
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    const Annotation added = note(QStringLiteral("Vraag naar de planning"));
    ASSERT_TRUE(alice->store.put(added));

    SyncRound round = synced(*alice);
    EXPECT_EQ(round.pushed, 1);
    EXPECT_EQ(round.waiting, 0);
    round = synced(*bob);
    EXPECT_EQ(round.pulled, 1);
    std::optional<Annotation> atBob = bob->store.byId(added.id);
    ASSERT_TRUE(atBob.has_value());
    EXPECT_EQ(atBob->note, added.note);
    EXPECT_EQ(atBob->author, QStringLiteral("Alice"));
    EXPECT_EQ(atBob->team, kTeam);
    EXPECT_EQ(atBob->officialId, QStringLiteral("kst-28676-446"));
    EXPECT_EQ(atBob->documentHash, added.documentHash);
    EXPECT_EQ(bob->store.journal().synced(added.id)->owner, QStringLiteral("alice"));

    ASSERT_TRUE(alice->store.put(AnnotationEdits::withNote(added, QStringLiteral("Planning is bekend"))));
    synced(*alice);
    EXPECT_EQ(synced(*bob).pulled, 1);
    EXPECT_EQ(bob->store.byId(added.id)->note, QStringLiteral("Planning is bekend"));

    const AnnotationReply reply = AnnotationReply::create(added.id, QStringLiteral("Dank, ik neem het mee"));
    ASSERT_TRUE(bob->store.putReply(reply));
    EXPECT_EQ(synced(*bob).pushed, 1);
    EXPECT_EQ(synced(*alice).pulled, 1);
    const QVector<AnnotationReply> replies = alice->store.replies(added.id);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies.first().text, reply.text);

    ASSERT_TRUE(alice->store.remove(added.id));
    synced(*alice);
    synced(*bob);
    EXPECT_FALSE(bob->store.byId(added.id).has_value());
    EXPECT_EQ(bob->store.journal().waitingCount(), 0);
}

TEST_F(TeamFixture, PrivateAnnotationsStayWithTheirAuthor)
{
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    Annotation mine = note(QStringLiteral("Alleen voor mij"));
    mine.sharing = AnnotationSharing::Private;
    ASSERT_TRUE(alice->store.put(mine));
    EXPECT_EQ(synced(*alice).pushed, 1);
    EXPECT_EQ(synced(*bob).pulled, 0);
    EXPECT_EQ(bob->store.count(), 0);

    auto aliceElsewhere = client(QStringLiteral("alice"), QStringLiteral("alice-laptop"));
    EXPECT_EQ(synced(*aliceElsewhere).pulled, 1);
    EXPECT_EQ(aliceElsewhere->store.byId(mine.id)->sharing, AnnotationSharing::Private);
}

TEST_F(TeamFixture, NotifyBringsAnEditInWithinASecond)
{
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    synced(*bob); // connected
    bool heard = false;
    QEventLoop loop;
    ASSERT_TRUE(bob->sync.watch([&] {
        heard = true;
        loop.quit();
    })) << bob->server.error().toStdString();

    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(alice->store.put(note(QStringLiteral("Nieuw"))));
    synced(*alice);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    if (!heard)
        loop.exec();
    ASSERT_TRUE(heard);
    EXPECT_EQ(synced(*bob).pulled, 1);
    EXPECT_LT(timer.elapsed(), 1000);
}

TEST_F(TeamFixture, AStoreThatSyncsAsAnotherRolePullsFromTheBeginning)
{
    auto alice = client(QStringLiteral("alice"));
    ASSERT_TRUE(alice->store.put(note(QStringLiteral("Gedeeld"))));
    Annotation mine = note(QStringLiteral("Privé"));
    mine.sharing = AnnotationSharing::Private;
    ASSERT_TRUE(alice->store.put(mine));
    synced(*alice);
    auto bob = client(QStringLiteral("bob"));
    EXPECT_EQ(synced(*bob).pulled, 1);

    // Bob's store, now synced as alice: her private note comes in too.
    PostgresConnection asAlice(m_cluster.url(QStringLiteral("alice")));
    TeamSync sync(bob->store, asAlice, kTeam);
    const SyncRound round = sync.run();
    EXPECT_TRUE(round.completed) << round.error.toStdString();
    EXPECT_EQ(round.pulled, 1);
    EXPECT_TRUE(bob->store.byId(mine.id).has_value());
    EXPECT_EQ(bob->store.journal().role(), QStringLiteral("alice"));
}
