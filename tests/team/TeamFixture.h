#pragma once

// Two or more team members, each with a store of their own and a login role of their own,
// against a real PostgreSQL cluster started for the test (PostgresCluster): nothing mocked.

#include "PostgresCluster.h"

#include "annotations/SqliteAnnotationStore.h"
#include "team/PostgresConnection.h"
#include "team/TeamAdministration.h"
#include "team/TeamSync.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace diptych::test {

// One member's desk: a SQLite store and a connection as the member's role.
struct TeamClient {
    TeamClient(const QString &storePath, const QString &url, const QString &team)
        : store(storePath), server(url), sync(store, server, team)
    {
    }
    SqliteAnnotationStore store;
    PostgresConnection server;
    TeamSync sync;
};

class TeamFixture : public ::testing::Test
{
protected:
    static inline const QString kTeam = QStringLiteral("directie");

    void SetUp() override
    {
        if (!PostgresCluster::available())
            GTEST_SKIP() << "PostgreSQL not found in " << PostgresCluster::binDir().toStdString()
                         << " (set DIPTYCH_TEST_PG_BIN)";
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_cluster.setUp()) << m_cluster.error().toStdString();
        for (const QString &role : {QStringLiteral("alice"), QStringLiteral("bob")})
            ASSERT_TRUE(m_cluster.createRole(role)) << m_cluster.error().toStdString();
        initTeam();
    }

    virtual void initTeam() { makeTeam(adminUrl(), kTeam, {QStringLiteral("alice"), QStringLiteral("bob")}); }

    // The schema on the server at url (as an administrator), the team and these members.
    static void makeTeam(const QString &url, const QString &team, const QStringList &roles)
    {
        PostgresConnection admin(url);
        ASSERT_TRUE(admin.open()) << admin.error().toStdString();
        QString error;
        ASSERT_TRUE(TeamAdministration::init(admin, team, &error)) << error.toStdString();
        ASSERT_TRUE(TeamAdministration::addMembers(admin, team, roles, &error)) << error.toStdString();
    }

    QString adminUrl() const { return m_cluster.url(m_cluster.superuser()); }

    // A member's desk; a second desk of the same role is another machine of the same author.
    std::unique_ptr<TeamClient> client(const QString &role, const QString &desk = QString())
    {
        const QString path = m_dir.filePath((desk.isEmpty() ? role : desk) + QStringLiteral(".db"));
        auto c = std::make_unique<TeamClient>(path, m_cluster.url(role), kTeam);
        EXPECT_TRUE(c->store.open()) << c->store.error().toStdString();
        return c;
    }

    static Annotation note(const QString &text)
    {
        Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("hash-of-letter"));
        a.note = text;
        a.author = QStringLiteral("Alice");
        a.quote.exact = QStringLiteral("de minister");
        a.position = TextPositionSelector{10, 21};
        a.officialId = QStringLiteral("kst-28676-446");
        return a;
    }

    static SyncRound synced(TeamClient &c)
    {
        const SyncRound round = c.sync.run();
        EXPECT_TRUE(round.completed) << round.error.toStdString();
        return round;
    }

    // One number from the server, asked as the superuser.
    qint64 serverCount(const QString &sql)
    {
        PostgresConnection admin(adminUrl());
        if (!admin.open())
            return -1;
        auto q = admin.run(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QString storePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
};

} // namespace diptych::test
