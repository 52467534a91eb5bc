// The server schema: versioned steps from the first version on, a newer schema refused.
#include "TeamFixture.h"

#include "annotations/WebAnnotationJson.h"
#include "team/TeamSchema.h"

#include <QJsonDocument>

using namespace diptych;
using namespace diptych::test;

namespace {

// A cluster whose schema is still the first version, with a note written as its clients did.
class TeamSchemaTest : public TeamFixture
{
protected:
    void initTeam() override
    {
        PostgresConnection admin(adminUrl());
        ASSERT_TRUE(admin.open());
        QString error;
        ASSERT_TRUE(TeamSchema::upgrade(admin, &error, 1)) << error.toStdString();
        ASSERT_EQ(TeamSchema::version(admin, &error), 1);
        ASSERT_TRUE(admin.exec(QStringLiteral("INSERT INTO diptych.teams VALUES ('directie');"
                                              "INSERT INTO diptych.members VALUES ('directie', 'alice');"
                                              "GRANT diptych_member TO alice")))
            << admin.error().toStdString();
        PostgresConnection alice(m_cluster.url(QStringLiteral("alice")));
        ASSERT_TRUE(alice.open());
        const Annotation a = note(QStringLiteral("Uit versie 1"));
        ASSERT_TRUE(
            alice.exec(QStringLiteral("INSERT INTO diptych.annotations (id, team, document, body)"
                                      " VALUES (?, 'directie', ?, ?::jsonb)"),
                       {a.id, a.documentHash, QString::fromUtf8(QJsonDocument(WebAnnotationJson::toJson(a)).toJson())}))
            << alice.error().toStdString();
        firstVersionNote = a.id;
    }

    QString firstVersionNote;
};

} // namespace

TEST_F(TeamSchemaTest, TheFirstVersionIsUpgradedWithItsRowsKept)
{
    PostgresConnection admin(adminUrl());
    ASSERT_TRUE(admin.open());
    QString error;
    ASSERT_TRUE(TeamAdministration::init(admin, kTeam, &error)) << error.toStdString();
    EXPECT_EQ(TeamSchema::version(admin, &error), TeamSchema::currentVersion());
    ASSERT_TRUE(TeamAdministration::addMembers(admin, kTeam, {QStringLiteral("bob")}, &error)) << error.toStdString();

    auto bob = client(QStringLiteral("bob"));
    EXPECT_EQ(synced(*bob).pulled, 1);
    ASSERT_TRUE(bob->store.byId(firstVersionNote).has_value());
    EXPECT_EQ(bob->store.byId(firstVersionNote)->note, QStringLiteral("Uit versie 1"));
    // And the upgraded schema takes replies.
    ASSERT_TRUE(bob->store.putReply(AnnotationReply::create(firstVersionNote, QStringLiteral("Gezien"))));
    EXPECT_EQ(synced(*bob).pushed, 1);
    // Running init again changes nothing.
    ASSERT_TRUE(TeamAdministration::init(admin, kTeam, &error)) << error.toStdString();
    EXPECT_EQ(TeamSchema::version(admin, &error), TeamSchema::currentVersion());
}

TEST_F(TeamSchemaTest, ASchemaNewerThanTheProgramIsRefused)
{
    PostgresConnection admin(adminUrl());
    ASSERT_TRUE(admin.open());
    ASSERT_TRUE(admin.exec(QStringLiteral("UPDATE diptych.schema_version SET version = 99")));
    QString error;
    EXPECT_FALSE(TeamAdministration::init(admin, kTeam, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
    EXPECT_EQ(TeamSchema::version(admin, &error), 99); // untouched
}
