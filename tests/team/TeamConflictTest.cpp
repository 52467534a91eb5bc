// One author on two machines edits the same note offline: the later edit wins, the other is
// kept on the server as a revision the author can restore; nothing is applied silently.
#include "TeamFixture.h"

#include "annotations/AnnotationEdits.h"
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
    const SyncedChange keptChange = ServerItemMapping::incoming(kept->first());
    ASSERT_EQ(keptChange.kind, SyncedChange::Kind::Annotation);
    const std::optional<Annotation> restorable = keptChange.annotation;
    EXPECT_EQ(restorable->note, QStringLiteral("Op het bureau"));

    // Restoring it is an ordinary edit by its author.
    ASSERT_TRUE(desk->store.put(AnnotationEdits::withNote(*restorable, restorable->note, later.addSecs(60))));
    synced(*desk);
    synced(*laptop);
    EXPECT_EQ(laptop->store.byId(original.id)->note, QStringLiteral("Op het bureau"));
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
    EXPECT_EQ(ServerItemMapping::incoming(kept->first()).annotation.note, QStringLiteral("Op de laptop"));
    // Another member does not see alice's kept revisions.
    auto bob = client(QStringLiteral("bob"));
    synced(*bob);
    EXPECT_TRUE(TeamServer(bob->server).keptRevisions(original.id)->isEmpty());
}
