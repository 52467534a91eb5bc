// One author on two machines edits the same note offline: the later edit wins, the other is
// kept on the server as a revision the author can restore; nothing is applied silently.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"
#include "team/KeptRevisions.h"
#include "team/ServerItemMapping.h"
#include "team/TeamServer.h"

using namespace diptych;
using namespace diptych::test;

class TeamConflictTest : public TeamFixture
{
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        desk = client(QStringLiteral("alice"));
        laptop = client(QStringLiteral("alice"), QStringLiteral("alice-laptop"));
        ASSERT_TRUE(desk->store.put(original));
        synced(*desk);
        synced(*laptop);
    }

    const Annotation original = note(QStringLiteral("Origineel"));
    const QDateTime earlier = original.modified.addSecs(60);
    const QDateTime later = original.modified.addSecs(120);
    std::unique_ptr<TeamClient> desk;
    std::unique_ptr<TeamClient> laptop;
};

TEST_F(TeamConflictTest, AnOlderStaleEditIsKeptAsARevisionNotApplied)
{
    ASSERT_TRUE(laptop->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op de laptop"), later)));
    ASSERT_TRUE(desk->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op het bureau"), earlier)));
    EXPECT_EQ(synced(*laptop).pushed, 1);
    const SyncRound round = synced(*desk); // stale: its base is the first revision
    EXPECT_EQ(round.conflicts, 1);
    EXPECT_EQ(desk->store.byId(original.id)->note, QStringLiteral("Op de laptop"));

    const auto kept = TeamServer(desk->server).keptRevisions(original.id);
    ASSERT_TRUE(kept.has_value());
    ASSERT_EQ(kept->size(), 1);
    const SyncedChange keptChange = ServerItemMapping::incoming(kept->first().item);
    ASSERT_EQ(keptChange.kind, SyncedChange::Kind::Annotation);
    EXPECT_EQ(keptChange.annotation.note, QStringLiteral("Op het bureau"));
    EXPECT_FALSE(kept->first().item.deleted);
}

TEST_F(TeamConflictTest, TheLosingEditIsListedAndRestoredOnBothMachines)
{
    ASSERT_TRUE(laptop->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op de laptop"), later)));
    Annotation onDesk = AnnotationEdits::withNote(original, QStringLiteral("Op het bureau"), earlier);
    onDesk = AnnotationEdits::withTags(onDesk, {QStringLiteral("NAVO")}, earlier);
    ASSERT_TRUE(desk->store.put(onDesk));
    synced(*laptop);
    EXPECT_EQ(synced(*desk).conflicts, 1);

    KeptRevisions revisions(desk->store, desk->server);
    const auto kept = revisions.of(original.id);
    ASSERT_TRUE(kept.has_value()) << revisions.error().toStdString();
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(KeptRevisions::text(kept->first()), QStringLiteral("Op het bureau"));
    EXPECT_EQ(kept->first().item.modified, earlier);

    // An ordinary edit by the author: in the outbox, then on the server and the laptop.
    ASSERT_TRUE(revisions.restore(original.id, kept->first().id)) << revisions.error().toStdString();
    const std::optional<Annotation> restored = desk->store.byId(original.id);
    EXPECT_EQ(restored->note, QStringLiteral("Op het bureau"));
    EXPECT_EQ(restored->tags, QStringList{QStringLiteral("NAVO")});
    EXPECT_EQ(restored->team, kTeam);
    EXPECT_GE(restored->modified, original.modified);
    EXPECT_EQ(desk->store.journal().waitingCount(), 1);
    const SyncRound pushed = synced(*desk);
    EXPECT_EQ(pushed.pushed, 1);
    EXPECT_EQ(pushed.conflicts, 0);
    EXPECT_EQ(synced(*laptop).pulled, 1);
    EXPECT_EQ(laptop->store.byId(original.id)->note, QStringLiteral("Op het bureau"));
    EXPECT_EQ(laptop->store.byId(original.id)->tags, QStringList{QStringLiteral("NAVO")});
    auto bob = client(QStringLiteral("bob"));
    synced(*bob);
    EXPECT_EQ(bob->store.byId(original.id)->note, QStringLiteral("Op het bureau"));
    // Nothing was written on the server but the edit: the laptop's version is not kept.
    EXPECT_EQ(revisions.of(original.id)->size(), 1);
    EXPECT_FALSE(revisions.restore(original.id, kept->first().id + 100));
}

TEST_F(TeamConflictTest, ANoteDeletedOnOneMachineComesBackFromItsKeptRevision)
{
    const QDateTime before = original.modified.addSecs(-60);
    ASSERT_TRUE(laptop->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op de laptop"), before)));
    ASSERT_TRUE(desk->store.remove(original.id)); // stamped now, later: the deletion wins
    synced(*laptop);
    synced(*desk);
    synced(*laptop);
    ASSERT_FALSE(laptop->store.byId(original.id).has_value());

    KeptRevisions revisions(laptop->store, laptop->server);
    const auto kept = revisions.of(original.id);
    ASSERT_TRUE(kept.has_value());
    ASSERT_EQ(kept->size(), 1);
    ASSERT_TRUE(revisions.restore(original.id, kept->first().id)) << revisions.error().toStdString();
    EXPECT_EQ(laptop->store.byId(original.id)->note, QStringLiteral("Op de laptop"));
    EXPECT_EQ(laptop->store.byId(original.id)->documentHash, original.documentHash);
    synced(*laptop);
    synced(*desk);
    ASSERT_TRUE(desk->store.byId(original.id).has_value());
    EXPECT_EQ(desk->store.byId(original.id)->note, QStringLiteral("Op de laptop"));
}

TEST_F(TeamConflictTest, AnotherRoleCanNeitherListNorRestoreSomeoneElsesKeptRevisions)
{
    ASSERT_TRUE(laptop->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op de laptop"), later)));
    ASSERT_TRUE(desk->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op het bureau"), earlier)));
    synced(*laptop);
    synced(*desk);
    const auto kept = KeptRevisions(desk->store, desk->server).of(original.id);
    ASSERT_TRUE(kept.has_value());
    ASSERT_EQ(kept->size(), 1);

    auto bob = client(QStringLiteral("bob"));
    synced(*bob);
    KeptRevisions bobs(bob->store, bob->server);
    const auto seen = bobs.of(original.id);
    ASSERT_TRUE(seen.has_value()) << bobs.error().toStdString();
    EXPECT_TRUE(seen->isEmpty());
    EXPECT_FALSE(bobs.restore(original.id, kept->first().id));
    EXPECT_TRUE(bobs.error().contains(QStringLiteral("no kept revision"))) << bobs.error().toStdString();
    EXPECT_EQ(bob->store.journal().waitingCount(), 0);
    // Nor by SQL: row-level security hides them.
    auto q = bob->server.run(QStringLiteral("SELECT count(*) FROM diptych.kept_revisions"));
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toInt(), 0);
    synced(*laptop);
    EXPECT_EQ(laptop->store.byId(original.id)->note, QStringLiteral("Op de laptop"));
}

TEST_F(TeamConflictTest, ALaterStaleEditWinsAndTheServersVersionIsKept)
{
    ASSERT_TRUE(laptop->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op de laptop"), earlier)));
    ASSERT_TRUE(desk->store.put(AnnotationEdits::withNote(original, QStringLiteral("Op het bureau"), later)));
    synced(*laptop);
    const SyncRound round = synced(*desk);
    EXPECT_EQ(round.conflicts, 0);
    EXPECT_EQ(round.pushed, 1);
    EXPECT_EQ(synced(*laptop).pulled, 1);
    EXPECT_EQ(laptop->store.byId(original.id)->note, QStringLiteral("Op het bureau"));
    const auto kept = TeamServer(desk->server).keptRevisions(original.id);
    ASSERT_TRUE(kept.has_value());
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(ServerItemMapping::incoming(kept->first().item).annotation.note, QStringLiteral("Op de laptop"));
    // Another member does not see alice's kept revisions.
    auto bob = client(QStringLiteral("bob"));
    synced(*bob);
    EXPECT_TRUE(TeamServer(bob->server).keptRevisions(original.id)->isEmpty());
}
