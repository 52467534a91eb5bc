// Private or shared with the team, chosen in an annotation's context menu: offered only with
// a team set, undoable, stored at once, and not offered for a note teammates may have.
#include "AppFixture.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationModel.h"
#include "annotations/ShareAnnotationCommand.h"
#include "annotations/SqliteAnnotationStore.h"
#include "document/DocumentPane.h"

#include <QMenu>
#include <QUndoStack>

namespace diptych::test {

namespace {

QAction *privateAction(QMenu &menu)
{
    for (QAction *action : menu.actions())
        if (action->objectName() == QLatin1String("privateAnnotationAction"))
            return action;
    return nullptr;
}

} // namespace

class AnnotationSharingTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        DocumentPane *pane = window()->openDocument(sample("000_a60e29c67b147090.txt"));
        ASSERT_TRUE(settle());
        m_controller = AnnotationController::of(pane);
        ASSERT_NE(m_controller, nullptr);
        m_note = Annotation::create(AnnotationKind::PageNote, QStringLiteral("hash-of-letter"));
        m_note.note = QStringLiteral("Navragen bij DGPZ");
        ASSERT_TRUE(m_app->annotations().add(m_note));
    }

    AnnotationSharing storedSharing()
    {
        SqliteAnnotationStore store(m_dir.filePath(QStringLiteral("library.sqlite")));
        EXPECT_TRUE(store.open()) << store.error().toStdString();
        return store.byId(m_note.id).value_or(Annotation()).sharing;
    }

    AnnotationController *m_controller = nullptr;
    Annotation m_note;
};

TEST_F(AnnotationSharingTest, withoutATeamTheMenuOffersNoSharing)
{
    QMenu menu;
    m_controller->addAnnotationActions(&menu, m_note.id);
    EXPECT_FALSE(menu.isEmpty());
    EXPECT_EQ(privateAction(menu), nullptr);
}

TEST_F(AnnotationSharingTest, withATeamANoteIsMadePrivateAndUndoSharesItAgain)
{
    m_app->annotations().setTeam(QStringLiteral("directie"));
    QMenu menu;
    m_controller->addAnnotationActions(&menu, m_note.id);
    QAction *action = privateAction(menu);
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    EXPECT_FALSE(action->isChecked());
    action->trigger();
    EXPECT_EQ(m_app->annotations().byId(m_note.id)->sharing, AnnotationSharing::Private);
    EXPECT_EQ(storedSharing(), AnnotationSharing::Private);

    m_controller->undoStack()->undo();
    EXPECT_EQ(m_app->annotations().byId(m_note.id)->sharing, AnnotationSharing::Team);
    EXPECT_EQ(storedSharing(), AnnotationSharing::Team);
}

TEST_F(AnnotationSharingTest, aSharedNoteOnTheTeamServerCannotBeMadePrivate)
{
    m_app->annotations().setTeam(QStringLiteral("directie"));
    auto *store = dynamic_cast<SqliteAnnotationStore *>(m_app->annotations().store());
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->journal().record(m_note.id, 7, QStringLiteral("anne"))); // as a sync leaves it
    QMenu menu;
    m_controller->addAnnotationActions(&menu, m_note.id);
    QAction *action = privateAction(menu);
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled());
    EXPECT_FALSE(action->toolTip().isEmpty());
}

} // namespace diptych::test
