// The program as a team member's desk, against a real PostgreSQL started for the test: a
// note made in the window reaches a teammate, a teammate's note reaches the window within
// seconds (NOTIFY), and with the server gone the status bar says how many edits wait, until
// it is back. Without a team nothing of this shows or runs.
#include "AppFixture.h"
#include "PostgresCluster.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/SqliteAnnotationStore.h"
#include "annotations/WindowAnnotations.h"
#include "team/PostgresConnection.h"
#include "team/TeamActions.h"
#include "team/TeamSettings.h"
#include "team/TeamSync.h"
#include "team/TeamSyncService.h"

#include <QLabel>
#include <QStandardItemModel>

#include <functional>
#include <memory>

namespace diptych::test {

namespace {

const QString kTeam = QStringLiteral("directie");

Annotation noteOn(const QString &text)
{
    Annotation a = Annotation::create(AnnotationKind::PageNote, QStringLiteral("hash-of-letter"));
    a.note = text;
    a.areas = {PageArea{0, {QRectF(300, 400, 12, 12)}}};
    return a;
}

// A teammate's desk: a store of their own and their own role on the server.
struct Desk {
    Desk(const QString &database, const QString &url) : store(database), server(url), sync(store, server, kTeam) {}
    // Syncs until `arrived` says what was waited for is in the store.
    bool syncUntil(const std::function<bool()> &arrived)
    {
        return QTest::qWaitFor(
            [&] {
                sync.run();
                return arrived();
            },
            20000);
    }

    SqliteAnnotationStore store;
    PostgresConnection server;
    TeamSync sync;
};

} // namespace

class TeamSyncAppTest : public AppFixture
{
protected:
    void SetUp() override
    {
        if (!PostgresCluster::available())
            GTEST_SKIP() << "PostgreSQL not found in " << PostgresCluster::binDir().toStdString();
        ASSERT_TRUE(m_cluster.setUp()) << m_cluster.error().toStdString();
        for (const QString &role : {QStringLiteral("alice"), QStringLiteral("bob")})
            ASSERT_TRUE(m_cluster.createRole(role)) << m_cluster.error().toStdString();
        // The server set up as the README tells an administrator: team init, then team add.
        runCli({QStringLiteral("init")});
        runCli({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("bob")});
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_bobDir.isValid());
        // Alice's program, set up as Edit › Team… leaves it.
        AppFixture::SetUp();
        TeamSettings{m_cluster.url(QStringLiteral("alice")), kTeam}.save(*m_settings);
        m_app.reset();
        startApp();
        ASSERT_NE(m_app->teamSync(), nullptr);
    }

    void runCli(const QStringList &form)
    {
        const QString failure = m_cluster.teamCommand(QStringLiteral(DIPTYCH_CLI), kTeam, form);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    }

    TeamSyncService &team() { return *m_app->teamSync(); }
    QLabel *statusLabel() { return window()->findChild<QLabel *>(QStringLiteral("teamStatus")); }
    std::unique_ptr<Desk> bobsDesk()
    {
        auto desk =
            std::make_unique<Desk>(m_bobDir.filePath(QStringLiteral("bob.db")), m_cluster.url(QStringLiteral("bob")));
        EXPECT_TRUE(desk->store.open()) << desk->store.error().toStdString();
        return desk;
    }
    bool waitFor(TeamSyncService::State state, int waiting = 0)
    {
        return QTest::qWaitFor([&] { return team().state() == state && team().waiting() == waiting; }, 20000);
    }

    PostgresCluster m_cluster;
    QTemporaryDir m_bobDir;
};

TEST_F(TeamSyncAppTest, aNoteMadeInTheWindowReachesATeammateAndTheirsReachesTheWindow)
{
    ASSERT_TRUE(waitFor(TeamSyncService::State::Online)) << team().error().toStdString();
    EXPECT_TRUE(statusLabel()->isVisible());
    EXPECT_EQ(statusLabel()->text(), QStringLiteral("Team directie: online"));

    const Annotation mine = noteOn(QStringLiteral("Navragen bij DVB"));
    ASSERT_TRUE(m_app->annotations().add(mine));

    // Bob's desk: a store of his own, his own role.
    const std::unique_ptr<Desk> bob = bobsDesk();
    SqliteAnnotationStore &bobStore = bob->store;
    ASSERT_TRUE(bob->syncUntil([&] { return bobStore.byId(mine.id).has_value(); })) << "Alice's note did not reach Bob";
    EXPECT_EQ(bobStore.byId(mine.id)->note, mine.note);

    const Annotation his = noteOn(QStringLiteral("Eens, en ook bij DAO"));
    ASSERT_TRUE(bobStore.put(his));
    ASSERT_TRUE(bob->sync.run().completed);
    // Alice does nothing: NOTIFY brings it, the model reads the store again.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_app->annotations().byId(his.id).has_value(); }, 10000))
        << "Bob's note did not reach the window";
}

TEST_F(TeamSyncAppTest, withTheServerGoneEditsWaitAndTheStatusBarSaysSoUntilItIsBack)
{
    ASSERT_TRUE(waitFor(TeamSyncService::State::Online)) << team().error().toStdString();
    ASSERT_TRUE(m_cluster.kill()) << m_cluster.error().toStdString();
    ASSERT_TRUE(m_app->annotations().add(noteOn(QStringLiteral("In de trein geschreven"))));
    team().syncNow();
    ASSERT_TRUE(waitFor(TeamSyncService::State::Offline, 1)) << team().statusText().toStdString();
    EXPECT_EQ(statusLabel()->text(), QStringLiteral("Team directie: offline — 1 edit waiting"));
    EXPECT_FALSE(statusLabel()->toolTip().isEmpty()) << "the tooltip says why";

    ASSERT_TRUE(m_cluster.start()) << m_cluster.error().toStdString();
    team().syncNow();
    EXPECT_TRUE(waitFor(TeamSyncService::State::Online, 0)) << team().statusText().toStdString();
}

TEST_F(TeamSyncAppTest, theTeamIsKeptInTheSettingsWithoutAPasswordAndStopSharingEndsIt)
{
    const QString settingsFile = m_settings->fileName();
    m_settings->sync();
    QFile file(settingsFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    EXPECT_TRUE(saved.contains("server=postgresql://alice@")) << saved.toStdString();
    EXPECT_FALSE(saved.toLower().contains("password")) << saved.toStdString();

    auto *actions = window()->findChild<TeamActions *>();
    ASSERT_NE(actions, nullptr);
    actions->apply(TeamSettings{});
    EXPECT_EQ(team().state(), TeamSyncService::State::NoTeam);
    EXPECT_FALSE(statusLabel()->isVisible());
    EXPECT_FALSE(m_settings->contains(QStringLiteral("team/server")));
}

TEST_F(TeamSyncAppTest, repliesGoBothWaysAndATeammatesShowsInTheDockWithoutLosingTheChosenRow)
{
    ASSERT_TRUE(waitFor(TeamSyncService::State::Online)) << team().error().toStdString();
    const Annotation mine = noteOn(QStringLiteral("Navragen bij DVB"));
    ASSERT_TRUE(m_app->annotations().add(mine));
    AnnotationsPanel *panel = window()->annotations()->panel();
    panel->setShowLibrary(true);
    panel->editNote(mine.id);
    ASSERT_EQ(panel->currentId(), mine.id);
    ASSERT_TRUE(panel->addReply(mine.id, QStringLiteral("Ik vraag het zelf na")));

    const std::unique_ptr<Desk> bob = bobsDesk();
    SqliteAnnotationStore &bobStore = bob->store;
    ASSERT_TRUE(bob->syncUntil([&] { return bobStore.replies(mine.id).size() == 1; }))
        << "Alice's reply did not reach Bob";

    AnnotationReply his = *AnnotationEdits::reply(*bobStore.byId(mine.id), QStringLiteral("Eens, en ook bij DAO"));
    his.author = QStringLiteral("Bob");
    ASSERT_TRUE(bobStore.putReply(his));
    ASSERT_TRUE(bob->sync.run().completed);
    // Alice does nothing: NOTIFY brings it, and the dock shows it under the note she chose.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->annotations().replies(mine.id).size() == 2; }, 10000))
        << "Bob's reply did not reach the window";
    const QModelIndexList row = panel->items()->match(panel->items()->index(0, 0), AnnotationsPanel::IdRole, mine.id, 1,
                                                      Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(row.size(), 1);
    EXPECT_EQ(panel->items()->rowCount(row.first()), 2);
    EXPECT_EQ(panel->currentId(), mine.id);
    // Only Bob deletes Bob's reply; Alice's own is hers to delete.
    EXPECT_FALSE(m_app->annotations().isOwn(his.id));
    EXPECT_FALSE(panel->removeReply(his.id));
    EXPECT_TRUE(m_app->annotations().isOwn(m_app->annotations().replies(mine.id).first().id));
}

// Without a team set nothing of the team shows or runs.
TEST_F(AppFixture, withoutATeamNothingOfTheTeamShowsOrRuns)
{
    ASSERT_NE(m_app->teamSync(), nullptr);
    EXPECT_EQ(m_app->teamSync()->state(), TeamSyncService::State::NoTeam);
    auto *label = window()->findChild<QLabel *>(QStringLiteral("teamStatus"));
    ASSERT_NE(label, nullptr);
    EXPECT_FALSE(label->isVisible());
    EXPECT_NE(window()->findChild<QAction *>(QStringLiteral("teamAction")), nullptr);
}

} // namespace diptych::test
