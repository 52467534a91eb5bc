// Only the author edits or deletes an annotation: the server refuses everyone else, through
// the program and through a direct SQL connection as the other member's role.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"

#include <QSqlQuery>

using namespace diptych;
using namespace diptych::test;

TEST_F(TeamFixture, TheServerUndoesAnEditOfSomeoneElsesAnnotation)
{
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    const Annotation hers = note(QStringLiteral("Van Alice"));
    ASSERT_TRUE(alice->store.put(hers));
    synced(*alice);
    synced(*bob);

    // The local store takes it (it is bob's copy); the server does not.
    ASSERT_TRUE(bob->store.put(AnnotationEdits::withNote(hers, QStringLiteral("Door Bob veranderd"))));
    ASSERT_TRUE(bob->store.remove(QStringLiteral("no-such-id")));
    SyncRound round = synced(*bob);
    EXPECT_EQ(round.refused, 1);
    EXPECT_EQ(round.waiting, 0);
    EXPECT_EQ(bob->store.byId(hers.id)->note, QStringLiteral("Van Alice")); // undone

    ASSERT_TRUE(bob->store.remove(hers.id));
    round = synced(*bob);
    EXPECT_EQ(round.refused, 1);
    ASSERT_TRUE(bob->store.byId(hers.id).has_value()); // back
    EXPECT_EQ(synced(*alice).pulled, 0);
    EXPECT_EQ(alice->store.byId(hers.id)->note, QStringLiteral("Van Alice"));
    EXPECT_TRUE(bob->store.journal().isSomeoneElses(hers.id));
    EXPECT_FALSE(alice->store.journal().isSomeoneElses(hers.id));
}

TEST_F(TeamFixture, DirectSqlAsAnotherRoleCannotChangeOrDeleteAnAnnotation)
{
    auto alice = client(QStringLiteral("alice"));
    const Annotation hers = note(QStringLiteral("Van Alice"));
    ASSERT_TRUE(alice->store.put(hers));
    synced(*alice);

    PostgresConnection bob(m_cluster.url(QStringLiteral("bob")));
    ASSERT_TRUE(bob.open()) << bob.error().toStdString();
    auto update = bob.run(QStringLiteral("UPDATE diptych.annotations SET body = '{}'::jsonb, team = NULL"
                                         " WHERE id = ?"),
                          {hers.id});
    ASSERT_TRUE(update.has_value()) << bob.error().toStdString();
    EXPECT_EQ(update->numRowsAffected(), 0); // row-level security: not bob's row
    EXPECT_FALSE(bob.exec(QStringLiteral("DELETE FROM diptych.annotations WHERE id = ?"), {hers.id}));
    EXPECT_FALSE(bob.exec(QStringLiteral("TRUNCATE diptych.annotations")));
    auto takeOver = bob.run(QStringLiteral("UPDATE diptych.annotations SET author_role = 'bob'"));
    ASSERT_TRUE(takeOver.has_value()) << bob.error().toStdString();
    EXPECT_EQ(takeOver->numRowsAffected(), 0);
    // An insert cannot pretend to be alice's.
    ASSERT_TRUE(bob.exec(QStringLiteral("INSERT INTO diptych.annotations (id, author_role, team, document, body)"
                                        " VALUES ('forged', 'alice', 'directie', 'x', '{}')")))
        << bob.error().toStdString();
    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations WHERE id = 'forged'"
                                         " AND author_role = 'bob'")),
              1);
    // Nor can bob join a team he is not in, or write into it.
    EXPECT_FALSE(bob.exec(QStringLiteral("INSERT INTO diptych.members VALUES ('directie', 'mallory')")));

    EXPECT_EQ(serverCount(QStringLiteral("SELECT count(*) FROM diptych.annotations WHERE id = '") + hers.id
                          + QStringLiteral("' AND body->>'id' IS NOT NULL AND team = 'directie'")),
              1);
    auto aliceAgain = client(QStringLiteral("alice"), QStringLiteral("alice-2"));
    synced(*aliceAgain);
    EXPECT_EQ(aliceAgain->store.byId(hers.id)->note, QStringLiteral("Van Alice"));
}

TEST_F(TeamFixture, AMemberOfNoTeamSeesNothingShared)
{
    ASSERT_TRUE(m_cluster.createRole(QStringLiteral("carol")));
    auto alice = client(QStringLiteral("alice"));
    ASSERT_TRUE(alice->store.put(note(QStringLiteral("Voor de directie"))));
    synced(*alice);
    PostgresConnection carol(m_cluster.url(QStringLiteral("carol")));
    ASSERT_TRUE(carol.open());
    EXPECT_FALSE(carol.exec(QStringLiteral("SELECT * FROM diptych.annotations"))); // no grant at all
}
