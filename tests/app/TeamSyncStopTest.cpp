// A team server that takes connections but never answers (a hung server, or a firewall that
// lets the handshake through): quitting does not wait for libpq's connect timeout, and the
// edits stay waiting in the outbox.
#include "annotations/SqliteAnnotationStore.h"
#include "team/TeamSettings.h"
#include "team/TeamSyncService.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace diptych::test {

class TeamSyncStopTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The kernel completes the handshake of a listening socket; nobody ever answers.
        ASSERT_TRUE(m_silent.listen(QHostAddress::LocalHost));
        m_silent.pauseAccepting();
        ASSERT_TRUE(m_dir.isValid());
        SqliteAnnotationStore store(path());
        ASSERT_TRUE(store.open());
        Annotation a = Annotation::create(AnnotationKind::PageNote, QStringLiteral("hash-of-letter"));
        a.note = QStringLiteral("Wacht op de server");
        ASSERT_TRUE(store.put(a));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("library.db")); }
    TeamSettings silentTeam(const QString &options = QString()) const
    {
        return TeamSettings{QStringLiteral("postgresql://alice@127.0.0.1:%1/diptych").arg(m_silent.serverPort())
                                + options,
                            QStringLiteral("directie")};
    }
    int waiting() const
    {
        SqliteAnnotationStore store(path());
        return store.open() ? store.journal().waitingCount() : -1;
    }

    QTcpServer m_silent;
    QTemporaryDir m_dir;
};

TEST_F(TeamSyncStopTest, StoppingWhileTheServerDoesNotAnswerIsQuickAndKeepsTheEdits)
{
    auto service = std::make_unique<TeamSyncService>(path());
    service->configure(silentTeam());
    QTest::qWait(500); // the first round is waiting for the server
    EXPECT_EQ(service->state(), TeamSyncService::State::Connecting);

    QElapsedTimer timer;
    timer.start();
    service.reset(); // as the program does when it quits
    // A generous bound: waiting for libpq took the whole connect_timeout, 5 s.
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(waiting(), 1);
}

TEST_F(TeamSyncStopTest, AServerThatDoesNotAnswerCountsAsOfflineAfterTheConnectTimeout)
{
    TeamSyncService service(path());
    service.configure(silentTeam(QStringLiteral("?connect_timeout=2")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return service.state() == TeamSyncService::State::Offline; }, 10000));
    EXPECT_EQ(service.waiting(), 1);
    EXPECT_TRUE(service.error().contains(QStringLiteral("no answer within 2 s"))) << service.error().toStdString();
}

} // namespace diptych::test
