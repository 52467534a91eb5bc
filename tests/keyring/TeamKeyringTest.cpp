// The team server's password in the desktop keyring, against a real PostgreSQL that asks for
// passwords (scram-sha-256) and, for DesktopKeyringTest, GNOME Keyring's Secret Service on a
// D-Bus session of the test's own (tests/tools/with-keyring.sh). NoKeyringTest runs with no
// session bus at all, as on a bare window manager. No test reads ~/.pgpass or PGPASSWORD.
#include "AppFixture.h"
#include "PostgresCluster.h"

#include "team/TeamActions.h"
#include "team/TeamKeyring.h"
#include "team/TeamSettings.h"
#include "team/TeamSyncService.h"

#include <QFile>
#include <QMessageBox>
#include <QProcess>

namespace diptych::test {

namespace {

const QString kTeam = QStringLiteral("directie");
const QString kPassword = QStringLiteral("kwart over negen, zaal 2");

} // namespace

class KeyringFixture : public AppFixture
{
protected:
    void SetUp() override
    {
        if (!PostgresCluster::available())
            GTEST_SKIP() << "PostgreSQL not found in " << PostgresCluster::binDir().toStdString();
        // Only the keyring may supply the password.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/diptych-test.pgpass"));
        ASSERT_TRUE(m_cluster.setUp()) << m_cluster.error().toStdString();
        ASSERT_TRUE(m_cluster.createRole(QStringLiteral("alice"))) << m_cluster.error().toStdString();
        ASSERT_TRUE(m_cluster.setPassword(QStringLiteral("alice"), kPassword)) << m_cluster.error().toStdString();
        ASSERT_TRUE(m_cluster.requirePasswords()) << m_cluster.error().toStdString();
        teamCli({QStringLiteral("init")});
        teamCli({QStringLiteral("add"), QStringLiteral("alice")});
        if (HasFatalFailure())
            return;
        AppFixture::SetUp();
    }

    void teamCli(const QStringList &form)
    {
        const QString failure = m_cluster.teamCommand(QStringLiteral(DIPTYCH_CLI), kTeam, form);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    }

    TeamSettings aliceTeam() const { return {m_cluster.url(QStringLiteral("alice")), kTeam}; }
    TeamSyncService &team() { return *m_app->teamSync(); }
    TeamActions *actions() { return window()->findChild<TeamActions *>(); }

    bool waitFor(TeamSyncService::State state)
    {
        return QTest::qWaitFor([&] { return team().state() == state; }, 20000);
    }

    // What the keyring holds for Alice, read the way the program reads it.
    QString stored()
    {
        TeamKeyring keyring;
        bool answered = false;
        QString password;
        keyring.read(aliceTeam().server, [&](const TeamKeyring::Answer &answer) {
            password = answer.password;
            answered = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 20000)) << "the keyring did not answer";
        return password;
    }

    QByteArray settingsFile()
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    PostgresCluster m_cluster;
};

class DesktopKeyringTest : public KeyringFixture
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("DIPTYCH_TEST_KEYRING"))
            GTEST_SKIP() << "runs under tests/tools/with-keyring.sh (ctest: TeamKeyring.desktopKeyring)";
        KeyringFixture::SetUp();
    }

    // secret-tool, GNOME's own client of the Secret Service: what another program sees.
    static QString lookedUpBySecretTool(const QString &entry)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), entry});
        tool.waitForFinished(20000);
        return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    }
};

TEST_F(DesktopKeyringTest, aPasswordGivenInTheDialogReachesTheServerAndGoesToTheKeyringNotTheSettings)
{
    ASSERT_NE(actions(), nullptr);
    actions()->apply(aliceTeam(), kPassword);
    EXPECT_TRUE(waitFor(TeamSyncService::State::Online)) << team().statusText().toStdString();
    EXPECT_EQ(stored(), kPassword);
    EXPECT_TRUE(lookedUpBySecretTool(TeamKeyring::entryFor(aliceTeam().server)).contains(kPassword))
        << lookedUpBySecretTool(TeamKeyring::entryFor(aliceTeam().server)).toStdString();
    EXPECT_FALSE(settingsFile().contains(kPassword.toUtf8())) << settingsFile().toStdString();
    EXPECT_EQ(window()->findChild<QMessageBox *>(QStringLiteral("keyringWarning")), nullptr);
}

TEST_F(DesktopKeyringTest, theNextStartTakesThePasswordFromTheKeyring)
{
    actions()->apply(aliceTeam(), kPassword);
    ASSERT_TRUE(waitFor(TeamSyncService::State::Online)) << team().statusText().toStdString();
    ASSERT_EQ(stored(), kPassword);
    m_app.reset();
    startApp();
    EXPECT_TRUE(waitFor(TeamSyncService::State::Online)) << team().statusText().toStdString();
}

TEST_F(DesktopKeyringTest, withNoPasswordAnywhereTheStatusSaysTheServerAsksForOne)
{
    actions()->apply(aliceTeam());
    ASSERT_TRUE(waitFor(TeamSyncService::State::Offline)) << team().statusText().toStdString();
    EXPECT_TRUE(team().error().contains(QStringLiteral("password"))) << team().error().toStdString();
}

TEST_F(DesktopKeyringTest, stopSharingTakesThePasswordOutOfTheKeyring)
{
    actions()->apply(aliceTeam(), kPassword);
    ASSERT_TRUE(waitFor(TeamSyncService::State::Online)) << team().statusText().toStdString();
    ASSERT_EQ(stored(), kPassword);
    actions()->apply(TeamSettings{});
    EXPECT_TRUE(QTest::qWaitFor([&] { return stored().isEmpty(); }, 10000));
    EXPECT_EQ(team().state(), TeamSyncService::State::NoTeam);
}

class NoKeyringTest : public KeyringFixture
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("DIPTYCH_TEST_NO_KEYRING"))
            GTEST_SKIP() << "runs without a session bus (ctest: TeamKeyring.noKeyring)";
        KeyringFixture::SetUp();
    }
};

TEST_F(NoKeyringTest, thePasswordServesThisSessionAWarningSaysItIsNotKeptAndNothingWritesItDown)
{
    actions()->apply(aliceTeam(), kPassword);
    EXPECT_TRUE(waitFor(TeamSyncService::State::Online)) << team().statusText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window()->findChild<QMessageBox *>(QStringLiteral("keyringWarning")) != nullptr; }, 20000))
        << "no warning that the password was not stored";
    EXPECT_FALSE(settingsFile().contains(kPassword.toUtf8())) << settingsFile().toStdString();
    // The next start has no password: the server says so, nothing else does it silently.
    m_app.reset();
    startApp();
    EXPECT_TRUE(waitFor(TeamSyncService::State::Offline)) << team().statusText().toStdString();
}

} // namespace diptych::test
