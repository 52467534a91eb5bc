// Which rows a store has depends on who it syncs as, where and in which teams: a member added
// to a team later gets the team's older notes, and a store pointed at another server starts
// over there without losing its notes or handing others' notes in as its own.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"
#include "team/TeamAdministration.h"

using namespace diptych;
using namespace diptych::test;

namespace {

const QString kOtherTeam = QStringLiteral("raad");

} // namespace

class TeamMembershipTest : public TeamFixture
{
protected:
    static Annotation noteFor(const QString &team, const QString &text)
    {
        Annotation a = note(text);
        a.team = team;
        return a;
    }

    qint64 rowsOf(const QString &id)
    {
        return serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations WHERE id = '%1'").arg(id));
    }
};

TEST_F(TeamMembershipTest, AMemberAddedLaterGetsTheTeamsOlderNotes)
{
    ASSERT_TRUE(m_cluster.createRole(QStringLiteral("carol")));
    makeTeam(adminUrl(), kOtherTeam, {QStringLiteral("carol")});
    ASSERT_FALSE(HasFatalFailure());
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    QVector<Annotation> older;
    for (int i = 0; i < 3; ++i) {
        older << note(QStringLiteral("Ouder %1").arg(i));
        ASSERT_TRUE(alice->store.put(older.last()));
    }
    Annotation privately = note(QStringLiteral("Alleen Alice"));
    privately.sharing = AnnotationSharing::Private;
    ASSERT_TRUE(alice->store.put(privately));
    synced(*alice);
    synced(*bob);
    const AnnotationReply reply = AnnotationReply::create(older.first().id, QStringLiteral("Van Bob"));
    ASSERT_TRUE(bob->store.putReply(reply));
    synced(*bob);

    // Carol syncs in her own team first: her pull passes the revisions of directie's rows.
    auto carol = client(QStringLiteral("carol"));
    ASSERT_TRUE(carol->store.put(noteFor(kOtherTeam, QStringLiteral("Van de raad"))));
    EXPECT_EQ(synced(*carol).pulled, 0);
    EXPECT_EQ(carol->store.count(), 1);

    makeTeam(adminUrl(), kTeam, {QStringLiteral("carol")});
    ASSERT_FALSE(HasFatalFailure());
    const Annotation newer = note(QStringLiteral("Nieuwer"));
    ASSERT_TRUE(alice->store.put(newer));
    synced(*alice);

    const SyncRound round = synced(*carol);
    EXPECT_EQ(round.pulled, 5); // three older notes, bob's reply, the newer note
    EXPECT_EQ(carol->store.count(), 5);
    for (const Annotation &a : older)
        EXPECT_EQ(carol->store.byId(a.id)->note, a.note);
    EXPECT_TRUE(carol->store.byId(newer.id).has_value());
    EXPECT_FALSE(carol->store.byId(privately.id).has_value());
    EXPECT_EQ(carol->store.replies(older.first().id).size(), 1);
    EXPECT_TRUE(carol->store.journal().isSomeoneElses(older.first().id));
    EXPECT_EQ(synced(*carol).pulled, 0); // nothing twice
    EXPECT_EQ(carol->store.count(), 5);
}

TEST_F(TeamMembershipTest, AnotherTeamOnTheSameServerKeepsTheSyncState)
{
    makeTeam(adminUrl(), kOtherTeam, {QStringLiteral("alice")});
    ASSERT_FALSE(HasFatalFailure());
    auto alice = client(QStringLiteral("alice"));
    const Annotation first = note(QStringLiteral("Voor de directie"));
    ASSERT_TRUE(alice->store.put(first));
    synced(*alice);
    const qint64 pulled = alice->store.journal().pulledRevision();

    // Revisions are the server's, not a team's: nothing to pull again, nothing to send again.
    PostgresConnection server(m_cluster.url(QStringLiteral("alice")));
    TeamSync toTheOtherTeam(alice->store, server, kOtherTeam);
    const Annotation second = note(QStringLiteral("Voor de raad"));
    ASSERT_TRUE(alice->store.put(second));
    const SyncRound round = toTheOtherTeam.run();
    ASSERT_TRUE(round.completed) << round.error.toStdString();
    EXPECT_EQ(round.pushed, 1);
    EXPECT_EQ(round.pulled, 0);
    EXPECT_GT(alice->store.journal().pulledRevision(), pulled);
    EXPECT_EQ(alice->store.byId(first.id)->team, kTeam);
    EXPECT_EQ(alice->store.byId(second.id)->team, kOtherTeam);
    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations")), 2);
}

TEST_F(TeamMembershipTest, AStorePointedAtAnotherServerStartsOverWithoutLosingOrTakingNotes)
{
    // A second server: another database of the cluster, with its own schema and revisions.
    ASSERT_TRUE(m_cluster.superuserSql(QStringLiteral("CREATE DATABASE other")));
    const auto otherUrl = [this](const QString &role) {
        return m_cluster.url(role).replace(QStringLiteral("/diptych"), QStringLiteral("/other"));
    };
    makeTeam(otherUrl(m_cluster.superuser()), kTeam, {QStringLiteral("alice"), QStringLiteral("bob")});
    ASSERT_FALSE(HasFatalFailure());

    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    QVector<Annotation> hers;
    for (int i = 0; i < 4; ++i) {
        hers << note(QStringLiteral("Van Alice %1").arg(i));
        ASSERT_TRUE(alice->store.put(hers.last()));
    }
    const Annotation his = note(QStringLiteral("Van Bob"));
    ASSERT_TRUE(bob->store.put(his));
    synced(*alice);
    synced(*bob);
    ASSERT_EQ(bob->store.count(), 5);
    // Bob changes alice's note on his machine: the first server would refuse it.
    ASSERT_TRUE(bob->store.put(AnnotationEdits::withNote(hers.first(), QStringLiteral("Door Bob"))));

    // On the other server alice has one note, at a revision below bob's last one pulled here.
    SqliteAnnotationStore aliceThere(storePath(QStringLiteral("alice-other")));
    ASSERT_TRUE(aliceThere.open());
    const Annotation there = note(QStringLiteral("Op de andere server"));
    ASSERT_TRUE(aliceThere.put(there));
    PostgresConnection aliceOther(otherUrl(QStringLiteral("alice")));
    ASSERT_TRUE(TeamSync(aliceThere, aliceOther, kTeam).run().completed);

    PostgresConnection bobOther(otherUrl(QStringLiteral("bob")));
    TeamSync moved(bob->store, bobOther, kTeam);
    SyncRound round = moved.run();
    ASSERT_TRUE(round.completed) << round.error.toStdString();
    EXPECT_EQ(round.pulled, 1);
    EXPECT_EQ(round.pushed, 1); // his own note, offered to the new server
    EXPECT_EQ(round.refused, 1); // his edit of alice's note, not sent as his
    EXPECT_EQ(round.waiting, 0);
    EXPECT_EQ(bob->store.count(), 6); // nothing lost
    EXPECT_TRUE(bob->store.byId(there.id).has_value());
    EXPECT_TRUE(bob->store.journal().isSomeoneElses(hers.first().id));
    EXPECT_FALSE(bob->store.journal().isSomeoneElses(his.id));

    auto other = [&](const QString &sql) {
        PostgresConnection admin(otherUrl(m_cluster.superuser()));
        auto q = admin.open() ? admin.run(sql) : std::nullopt;
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    EXPECT_EQ(other(QStringLiteral("SELECT count(*) FROM diptych.annotations")), 2);
    EXPECT_EQ(other(QStringLiteral("SELECT count(*) FROM diptych.annotations WHERE id = '%1'"
                                   " AND author_role = 'bob'")
                        .arg(his.id)),
              1);
    EXPECT_EQ(TeamSync(aliceThere, aliceOther, kTeam).run().pulled, 1);
    EXPECT_EQ(aliceThere.byId(his.id)->note, his.note);

    // And back: the first server's notes are pulled again, and nothing is doubled or taken.
    round = bob->sync.run();
    ASSERT_TRUE(round.completed) << round.error.toStdString();
    EXPECT_EQ(round.pushed, 0);
    EXPECT_EQ(round.waiting, 0);
    EXPECT_EQ(rowsOf(there.id), 0);
    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations")), 5);
    EXPECT_EQ(bob->store.byId(hers.first().id)->note, hers.first().note); // the server's version
    EXPECT_EQ(bob->store.count(), 6);
    EXPECT_EQ(synced(*bob).pulled, 0);
}

TEST_F(TeamMembershipTest, AServerThatWithholdsItsSystemIdentifierIsKnownByItsAddress)
{
    // Some hosting services keep pg_control_system() to themselves.
    PostgresConnection admin(adminUrl());
    ASSERT_TRUE(admin.open()) << admin.error().toStdString();
    ASSERT_TRUE(admin.exec(QStringLiteral("REVOKE EXECUTE ON FUNCTION pg_control_system() FROM PUBLIC")))
        << admin.error().toStdString();
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    ASSERT_TRUE(alice->store.put(note(QStringLiteral("Gedeeld"))));
    EXPECT_EQ(synced(*alice).pushed, 1);
    EXPECT_EQ(synced(*bob).pulled, 1);
    EXPECT_TRUE(bob->store.journal().server().startsWith(QStringLiteral("127.0.0.1:")))
        << bob->store.journal().server().toStdString();
    const SyncRound again = synced(*bob); // the same server: nothing starts over
    EXPECT_EQ(again.pulled, 0);
    EXPECT_EQ(again.pushed, 0);
}

TEST_F(TeamMembershipTest, AMemberTakenOffATeamKeepsTheirOwnNotesAndNoLongerTheOthers)
{
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    const Annotation alices = note(QStringLiteral("Van Alice"));
    const Annotation bobs = note(QStringLiteral("Van Bob"));
    ASSERT_TRUE(alice->store.put(alices));
    ASSERT_TRUE(bob->store.put(bobs));
    synced(*alice);
    synced(*bob);
    const AnnotationReply bobOnAlices = AnnotationReply::create(alices.id, QStringLiteral("Bob antwoordt"));
    ASSERT_TRUE(bob->store.putReply(bobOnAlices));
    synced(*bob);
    synced(*alice);
    const AnnotationReply aliceOnBobs = AnnotationReply::create(bobs.id, QStringLiteral("Alice antwoordt"));
    ASSERT_TRUE(alice->store.putReply(aliceOnBobs));
    synced(*alice);
    synced(*bob);
    ASSERT_TRUE(bob->store.byId(alices.id).has_value());
    ASSERT_EQ(bob->store.replies(bobs.id).size(), 1);

    PostgresConnection admin(adminUrl());
    ASSERT_TRUE(admin.open());
    QString error;
    EXPECT_FALSE(
        TeamAdministration::removeMembers(admin, kTeam, {QStringLiteral("bob"), QStringLiteral("carol")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'carol' is not a member"))) << error.toStdString();
    EXPECT_EQ(synced(*bob).left, 0); // nothing was changed: Bob is still in
    ASSERT_TRUE(TeamAdministration::removeMembers(admin, kTeam, {QStringLiteral("bob")}, &error))
        << error.toStdString();
    const SyncRound left = synced(*bob);
    EXPECT_EQ(left.left, 2); // Alice's note and her reply to Bob's
    EXPECT_FALSE(bob->store.byId(alices.id).has_value());
    EXPECT_TRUE(bob->store.replies(bobs.id).isEmpty());
    EXPECT_EQ(bob->store.byId(bobs.id)->note, bobs.note); // his own words stay
    EXPECT_TRUE(bob->store.replyById(bobOnAlices.id).has_value());
    EXPECT_EQ(synced(*bob).left, 0);
    // Nothing was sent: Alice still has everything.
    synced(*alice);
    EXPECT_TRUE(alice->store.byId(bobs.id).has_value());
    EXPECT_EQ(alice->store.replies(alices.id).size(), 1);

    makeTeam(adminUrl(), kTeam, {QStringLiteral("bob")}); // back in the team: all of it again
    ASSERT_FALSE(HasFatalFailure());
    synced(*bob);
    EXPECT_EQ(bob->store.byId(alices.id)->note, alices.note);
    EXPECT_EQ(bob->store.replies(bobs.id).size(), 1);
}
