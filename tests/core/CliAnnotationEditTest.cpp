// diptych-cli annotations note / tag / color / share / remove as scripts use them: exit codes, what
// the store holds afterwards, and the same rules as an edit in the program (AnnotationEdits).
#include "CliRun.h"

#include "annotations/SqliteAnnotationStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::CliRun;
using diptych::test::runCli;

namespace {

const QDateTime kLongAgo(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);

class CliAnnotationEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_highlight = add(AnnotationKind::Highlight);
        m_pageNote = add(AnnotationKind::PageNote);
    }

    QString db() const { return m_dir.filePath(QStringLiteral("store.db")); }

    QString add(AnnotationKind kind)
    {
        Annotation a = Annotation::create(kind, QStringLiteral("hash-1"));
        a.created = a.modified = kLongAgo;
        a.tags = {QStringLiteral("DIP")};
        SqliteAnnotationStore store(db());
        EXPECT_TRUE(store.open() && store.put(a)) << store.error().toStdString();
        return a.id;
    }

    // What the program reads at its next start.
    std::optional<Annotation> stored(const QString &id) const
    {
        SqliteAnnotationStore store(db());
        EXPECT_TRUE(store.open()) << store.error().toStdString();
        return store.byId(id);
    }

    CliRun edit(const char *sub, const QStringList &operands) const
    {
        return runCli(QStringList{QStringLiteral("annotations"), QLatin1String(sub), QStringLiteral("--store"), db()}
                      + operands);
    }

    QTemporaryDir m_dir;
    QString m_highlight;
    QString m_pageNote;
};

} // namespace

TEST_F(CliAnnotationEditTest, noteSetsTheTextAsGivenAndStampsModified)
{
    const QString text = QStringLiteral("Vragen aan DGPZ:\n  toezegging nakomen");
    const CliRun run = edit("note", {m_highlight, text});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    ASSERT_TRUE(stored(m_highlight).has_value());
    EXPECT_EQ(stored(m_highlight)->note, text);
    EXPECT_GT(stored(m_highlight)->modified, kLongAgo);
    EXPECT_EQ(stored(m_highlight)->created, kLongAgo);
}

TEST_F(CliAnnotationEditTest, tagsAreNormalisedAsInTheProgram)
{
    const CliRun run = edit("tag", {m_highlight, QStringLiteral(" Oekraïne , dip,,  burden  sharing, OEKRAÏNE")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(stored(m_highlight)->tags,
              (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("dip"), QStringLiteral("burden sharing")}));
    EXPECT_TRUE(run.out.contains("tags Oekraïne,dip,burden sharing")) << run.out.toStdString();
}

TEST_F(CliAnnotationEditTest, colorRecoloursAndANoteKeepsItsKind)
{
    ASSERT_EQ(edit("color", {m_highlight, QStringLiteral("#7ed96f")}).exitCode, 0);
    EXPECT_EQ(stored(m_highlight)->color, QColor(0x7e, 0xd9, 0x6f));
    const CliRun note = edit("color", {m_pageNote, QStringLiteral("pink")});
    ASSERT_EQ(note.exitCode, 0) << note.err.toStdString();
    EXPECT_EQ(stored(m_pageNote)->color, QColor(QStringLiteral("pink")));
    EXPECT_EQ(stored(m_pageNote)->kind, AnnotationKind::PageNote);
}

TEST_F(CliAnnotationEditTest, anEditThatChangesNothingLeavesModifiedAlone)
{
    const CliRun run = edit("tag", {m_highlight, QStringLiteral(" DIP ,dip")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("unchanged")) << run.out.toStdString();
    EXPECT_EQ(stored(m_highlight)->modified, kLongAgo);
}

TEST_F(CliAnnotationEditTest, removeDeletesOnlyThatAnnotation)
{
    const CliRun run = edit("remove", {m_highlight});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(stored(m_highlight).has_value());
    EXPECT_TRUE(stored(m_pageNote).has_value());
}

TEST_F(CliAnnotationEditTest, anUnknownIdIsSaidPlainlyWithExitCodeOneAndNothingChanges)
{
    for (const char *sub : {"note", "tag", "color", "remove"}) {
        const QStringList operands = QLatin1String(sub) == QLatin1String("remove")
                                         ? QStringList{QStringLiteral("no-such-id")}
                                         : QStringList{QStringLiteral("no-such-id"), QStringLiteral("red")};
        const CliRun run = edit(sub, operands);
        EXPECT_EQ(run.exitCode, 1) << sub;
        EXPECT_TRUE(run.out.isEmpty()) << sub;
        EXPECT_TRUE(run.err.startsWith("diptych-cli: no annotation with id no-such-id in ")) << run.err.toStdString();
    }
    EXPECT_EQ(stored(m_highlight)->tags, QStringList{QStringLiteral("DIP")});
}

TEST_F(CliAnnotationEditTest, replyAddsAnAnswerUnderTheAnnotationAndBlankTextIsAUsageError)
{
    const CliRun run = edit("reply", {m_highlight, QStringLiteral("Akkoord, zie p. 4")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    SqliteAnnotationStore store(db());
    ASSERT_TRUE(store.open());
    const QVector<AnnotationReply> replies = store.replies(m_highlight);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].text, QStringLiteral("Akkoord, zie p. 4"));
    EXPECT_TRUE(run.out.startsWith((replies[0].id + QStringLiteral(": reply to ") + m_highlight).toUtf8()))
        << run.out.toStdString();

    const CliRun blank = edit("reply", {m_highlight, QStringLiteral("  ")});
    EXPECT_EQ(blank.exitCode, 2);
    EXPECT_TRUE(blank.err.contains("a reply needs some text")) << blank.err.toStdString();
    EXPECT_EQ(store.replies(m_highlight).size(), 1);
    EXPECT_EQ(edit("reply", {QStringLiteral("no-such-id"), QStringLiteral("ja")}).exitCode, 1);
}

TEST_F(CliAnnotationEditTest, aWordThatIsNoColourIsAUsageErrorAndMissingOperandsToo)
{
    const CliRun bad = edit("color", {m_highlight, QStringLiteral("geelachtig")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("'geelachtig' is not a colour")) << bad.err.toStdString();
    EXPECT_EQ(stored(m_highlight)->modified, kLongAgo);
    EXPECT_EQ(edit("note", {m_highlight}).exitCode, 2);
    EXPECT_EQ(edit("remove", {}).exitCode, 2);
}

TEST_F(CliAnnotationEditTest, shareMakesANotePrivateOrSharesItWithATeam)
{
    CliRun run = edit("share", {m_pageNote, QStringLiteral("private")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(stored(m_pageNote)->sharing, AnnotationSharing::Private);
    EXPECT_TRUE(run.out.contains("private")) << run.out.toStdString();
    EXPECT_GT(stored(m_pageNote)->modified, kLongAgo);

    run = edit("share", {m_pageNote, QStringLiteral(" delegatie ")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(stored(m_pageNote)->sharing, AnnotationSharing::Team);
    EXPECT_EQ(stored(m_pageNote)->team, QStringLiteral("delegatie"));
    EXPECT_TRUE(run.out.contains("shared with delegatie")) << run.out.toStdString();

    run = edit("share", {m_pageNote, QStringLiteral("team")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(stored(m_pageNote)->sharing, AnnotationSharing::Team);
    EXPECT_TRUE(stored(m_pageNote)->team.isEmpty());
}

// Once a shared note is on the server, teammates may have it: it is not taken back.
TEST_F(CliAnnotationEditTest, aSharedNoteOnTheServerIsNotMadePrivateAgain)
{
    ASSERT_EQ(edit("share", {m_pageNote, QStringLiteral("directie")}).exitCode, 0);
    {
        SqliteAnnotationStore store(db());
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(store.journal().record(m_pageNote, 12, QStringLiteral("anne"))); // as a sync leaves it
    }
    const Annotation before = *stored(m_pageNote);
    for (const QString &other : {QStringLiteral("private"), QStringLiteral("delegatie")}) {
        const CliRun run = edit("share", {m_pageNote, other});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.err.contains("already shared with directie")) << run.err.toStdString();
        EXPECT_EQ(*stored(m_pageNote), before);
    }
    EXPECT_EQ(edit("share", {m_pageNote, QStringLiteral("directie")}).exitCode, 0); // unchanged is fine
}
