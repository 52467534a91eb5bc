// The annotation undo commands on their own: a model over a real store in a temporary
// folder and a QUndoStack, no window.
#include "annotations/AddAnnotationCommand.h"
#include "annotations/AddReplyCommand.h"
#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"
#include "annotations/ChangeAnnotationColorCommand.h"
#include "annotations/EditNoteTextCommand.h"
#include "annotations/EditReplyCommand.h"
#include "annotations/EditTagsCommand.h"
#include "annotations/RemoveAnnotationCommand.h"
#include "annotations/RemoveReplyCommand.h"
#include "annotations/SqliteAnnotationStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace diptych;

namespace {

class AnnotationCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = std::make_unique<SqliteAnnotationStore>(m_dir.filePath(QStringLiteral("a.sqlite")));
        ASSERT_TRUE(m_store->open()) << m_store->error().toStdString();
        m_model = std::make_unique<AnnotationModel>(m_store.get());
    }

    Annotation highlight(const QString &exact = QStringLiteral("bondgenoten"))
    {
        Annotation a = Annotation::create(AnnotationKind::Highlight, QStringLiteral("hash-1"));
        a.quote.exact = exact;
        a.position = {100, int(100 + exact.size())};
        return a;
    }

    // What a later session would read: the database, not the model.
    std::optional<Annotation> stored(const QString &id) const
    {
        SqliteAnnotationStore other(m_dir.filePath(QStringLiteral("a.sqlite")));
        EXPECT_TRUE(other.open());
        return other.byId(id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteAnnotationStore> m_store;
    std::unique_ptr<AnnotationModel> m_model;
    QUndoStack m_stack;
};

} // namespace

TEST_F(AnnotationCommandTest, addIsStoredAtOnceUndoDeletesItRedoBringsBackTheSameAnnotation)
{
    const Annotation a = highlight();
    m_stack.push(new AddAnnotationCommand(m_model.get(), a));
    EXPECT_EQ(m_model->rowCount(), 1);
    ASSERT_TRUE(stored(a.id).has_value());
    m_stack.undo();
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_FALSE(stored(a.id).has_value());
    m_stack.redo();
    ASSERT_TRUE(stored(a.id).has_value());
    EXPECT_EQ(*stored(a.id), a);
}

TEST_F(AnnotationCommandTest, removeUndoRestoresNoteTimesAndId)
{
    Annotation a = highlight();
    a.note = QStringLiteral("Let op: nieuwe toezegging");
    a.tags = QStringList{QStringLiteral("DIP")};
    m_model->add(a);
    m_stack.push(new RemoveAnnotationCommand(m_model.get(), a.id));
    EXPECT_FALSE(stored(a.id).has_value());
    EXPECT_EQ(m_model->rowOf(a.id), -1);
    m_stack.undo();
    ASSERT_TRUE(stored(a.id).has_value());
    EXPECT_EQ(*stored(a.id), a);
}

TEST_F(AnnotationCommandTest, removingAnUnknownIdLeavesNoStepOnTheStack)
{
    m_stack.push(new RemoveAnnotationCommand(m_model.get(), QStringLiteral("no-such-id")));
    EXPECT_EQ(m_stack.count(), 0);
}

TEST_F(AnnotationCommandTest, recolourAndKindChangeAreUndoneTogether)
{
    const Annotation a = highlight();
    m_model->add(a);
    const QColor green(0x7e, 0xd9, 0x6f);
    m_stack.push(new ChangeAnnotationColorCommand(m_model.get(), a.id, green));
    EXPECT_EQ(stored(a.id)->color, green);
    EXPECT_EQ(stored(a.id)->kind, AnnotationKind::Highlight);
    m_stack.push(new ChangeAnnotationColorCommand(m_model.get(), a.id, Qt::blue, AnnotationKind::Underline));
    EXPECT_EQ(stored(a.id)->kind, AnnotationKind::Underline);
    EXPECT_EQ(m_stack.count(), 2);
    m_stack.undo();
    EXPECT_EQ(stored(a.id)->kind, AnnotationKind::Highlight);
    EXPECT_EQ(stored(a.id)->color, green);
    m_stack.undo();
    EXPECT_EQ(*stored(a.id), a);
}

TEST_F(AnnotationCommandTest, aPageNoteCannotBecomeAnUnderline)
{
    Annotation note = Annotation::create(AnnotationKind::PageNote, QStringLiteral("hash-1"));
    note.areas = {PageArea{0, {QRectF(50, 50, 12, 12)}}};
    m_model->add(note);
    m_stack.push(new ChangeAnnotationColorCommand(m_model.get(), note.id, Qt::red, AnnotationKind::Underline));
    EXPECT_EQ(stored(note.id)->kind, AnnotationKind::PageNote);
    EXPECT_EQ(stored(note.id)->color, QColor(Qt::red));
}

TEST_F(AnnotationCommandTest, consecutiveNoteEditsOfOneSessionMergeIntoOneStep)
{
    const Annotation a = highlight();
    m_model->add(a);
    for (const char *text : {"a", "ab", "abc"})
        m_stack.push(new EditNoteTextCommand(m_model.get(), a.id, QString::fromLatin1(text), 1));
    EXPECT_EQ(m_stack.count(), 1);
    EXPECT_EQ(stored(a.id)->note, QStringLiteral("abc"));
    m_stack.undo();
    EXPECT_EQ(stored(a.id)->note, QString());
    m_stack.redo();
    EXPECT_EQ(stored(a.id)->note, QStringLiteral("abc"));
}

TEST_F(AnnotationCommandTest, noteEditsDoNotMergeAcrossSessionsOrAnnotations)
{
    const Annotation a = highlight();
    const Annotation b = highlight(QStringLiteral("NAVO"));
    m_model->add(a);
    m_model->add(b);
    m_stack.push(new EditNoteTextCommand(m_model.get(), a.id, QStringLiteral("een"), 1));
    m_stack.push(new EditNoteTextCommand(m_model.get(), a.id, QStringLiteral("een twee"), 2));
    m_stack.push(new EditNoteTextCommand(m_model.get(), b.id, QStringLiteral("drie"), 2));
    EXPECT_EQ(m_stack.count(), 3);
    m_stack.undo();
    EXPECT_EQ(stored(b.id)->note, QString());
    EXPECT_EQ(stored(a.id)->note, QStringLiteral("een twee"));
    m_stack.undo();
    EXPECT_EQ(stored(a.id)->note, QStringLiteral("een"));
}

TEST_F(AnnotationCommandTest, mergeWithRefusesOtherCommandsAndDropsAStepThatEndsWhereItBegan)
{
    const Annotation a = highlight();
    m_model->add(a);
    EditNoteTextCommand first(m_model.get(), a.id, QStringLiteral("x"), 1);
    first.redo();
    const EditNoteTextCommand other(m_model.get(), QStringLiteral("other-id"), QStringLiteral("y"), 1);
    EXPECT_FALSE(first.mergeWith(&other));
    const ChangeAnnotationColorCommand recolour(m_model.get(), a.id, Qt::red);
    EXPECT_FALSE(first.mergeWith(&recolour));
    const EditNoteTextCommand erased(m_model.get(), a.id, QString(), 1);
    EXPECT_TRUE(first.mergeWith(&erased));
    EXPECT_TRUE(first.isObsolete());

    // On a stack: typing "x" and erasing it again leaves nothing to undo.
    m_model->update(a);
    m_stack.push(new EditNoteTextCommand(m_model.get(), a.id, QStringLiteral("x"), 5));
    m_stack.push(new EditNoteTextCommand(m_model.get(), a.id, QString(), 5));
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_EQ(stored(a.id)->note, QString());
}

TEST_F(AnnotationCommandTest, aModelWithoutStoreKeepsEditsAndSaysTheyAreNotSaved)
{
    AnnotationModel memory(nullptr);
    QStringList messages;
    QObject::connect(&memory, &AnnotationModel::storeFailed, [&](const QString &m) { messages << m; });
    const Annotation a = highlight();
    EXPECT_FALSE(memory.add(a));
    EXPECT_EQ(memory.rowCount(), 1);
    EXPECT_EQ(messages.size(), 1);
}

TEST_F(AnnotationCommandTest, tagsAreTrimmedKeptOnceAndUndoRestoresTheOldOnes)
{
    Annotation a = highlight();
    a.tags = QStringList{QStringLiteral("DIP")};
    m_model->add(a);
    m_stack.push(new EditTagsCommand(
        m_model.get(), a.id, AnnotationEdits::parseTags(QStringLiteral(" Oekraïne , DIP,, dip ,  burden  sharing"))));
    ASSERT_TRUE(stored(a.id).has_value());
    EXPECT_EQ(stored(a.id)->tags,
              (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("DIP"), QStringLiteral("burden sharing")}));
    EXPECT_GE(stored(a.id)->modified, a.modified);
    m_stack.undo();
    EXPECT_EQ(stored(a.id)->tags, QStringList{QStringLiteral("DIP")});
    EXPECT_EQ(stored(a.id)->modified, a.modified);

    // The same tags again change nothing and leave no undo step.
    auto *same = new EditTagsCommand(m_model.get(), a.id, QStringList{QStringLiteral(" DIP ")});
    EXPECT_TRUE(same->isObsolete());
    delete same;
}

TEST_F(AnnotationCommandTest, deferredWritesReachTheStoreWithinTheDelayOrAtFlushAndTheModelHasThemAtOnce)
{
    Annotation a = highlight();
    m_model->add(a);
    a.note = QStringLiteral("getypt");
    m_model->setWritesDeferred(true);
    EXPECT_TRUE(m_model->update(a));
    m_model->setWritesDeferred(false);
    EXPECT_EQ(m_model->byId(a.id)->note, a.note);
    EXPECT_EQ(stored(a.id)->note, QString()) << "the write waits";
    EXPECT_TRUE(QTest::qWaitFor([&] { return stored(a.id)->note == a.note; }, AnnotationModel::kDeferredWriteMs + 500));
    EXPECT_FALSE(m_model->hasUnwritten());

    a.note = QStringLiteral("getypt en bewaard");
    m_model->setWritesDeferred(true);
    m_model->update(a);
    m_model->setWritesDeferred(false);
    EXPECT_TRUE(m_model->flush());
    EXPECT_EQ(stored(a.id)->note, a.note);

    // A deletion while a write waits: nothing comes back.
    m_model->setWritesDeferred(true);
    m_model->update(a);
    m_model->setWritesDeferred(false);
    m_stack.push(new RemoveAnnotationCommand(m_model.get(), a.id));
    QTest::qWait(AnnotationModel::kDeferredWriteMs + 100);
    EXPECT_FALSE(stored(a.id).has_value());
}

TEST_F(AnnotationCommandTest, aReplyIsStoredUnderItsAnnotationUndoDeletesItRedoBringsBackTheSameOne)
{
    const Annotation a = highlight();
    ASSERT_TRUE(m_model->add(a));
    QStringList changed;
    QObject::connect(m_model.get(), &AnnotationModel::repliesChanged, [&](const QString &id) { changed << id; });
    const std::optional<AnnotationReply> reply = AnnotationEdits::reply(a, QStringLiteral("Akkoord"));
    ASSERT_TRUE(reply.has_value());
    m_stack.push(new AddReplyCommand(m_model.get(), *reply));
    EXPECT_EQ(m_store->replies(a.id), QVector<AnnotationReply>{*reply});
    EXPECT_EQ(m_model->replies(a.id), QVector<AnnotationReply>{*reply});
    EXPECT_EQ(changed, QStringList{a.id});
    m_stack.undo();
    EXPECT_TRUE(m_store->replies(a.id).isEmpty());
    EXPECT_TRUE(m_model->replies(a.id).isEmpty());
    m_stack.redo();
    EXPECT_EQ(m_store->replies(a.id), QVector<AnnotationReply>{*reply});

    m_stack.push(new EditReplyCommand(m_model.get(), reply->id, QStringLiteral("Akkoord, zie p. 4")));
    EXPECT_EQ(m_store->replies(a.id)[0].text, QStringLiteral("Akkoord, zie p. 4"));
    EXPECT_EQ(m_store->replies(a.id)[0].id, reply->id);
    m_stack.undo();
    EXPECT_EQ(m_store->replies(a.id), QVector<AnnotationReply>{*reply});

    m_stack.push(new RemoveReplyCommand(m_model.get(), reply->id));
    EXPECT_TRUE(m_store->replies(a.id).isEmpty());
    m_stack.undo();
    EXPECT_EQ(m_store->replies(a.id), QVector<AnnotationReply>{*reply}) << "same id, text and times";
}

TEST_F(AnnotationCommandTest, someoneElsesReplyIsNotDeletedAndLeavesNoStep)
{
    const Annotation a = highlight();
    ASSERT_TRUE(m_model->add(a));
    // Bob's reply as a sync takes it in, for a store that syncs as anne.
    ASSERT_TRUE(m_store->journal().setRole(QStringLiteral("anne")));
    SyncedChange change;
    change.kind = SyncedChange::Kind::Reply;
    change.reply = *AnnotationEdits::reply(a, QStringLiteral("Eens"));
    change.reply.author = QStringLiteral("Bob");
    change.item = change.reply.id;
    change.revision = 4;
    change.owner = QStringLiteral("bob");
    ASSERT_EQ(m_store->applySynced({change}, 4), 1);
    m_model->reload();
    ASSERT_EQ(m_model->replies(a.id).size(), 1);
    EXPECT_FALSE(m_model->isOwn(change.reply.id));
    EXPECT_TRUE(m_model->isOwn(a.id));

    auto *command = new RemoveReplyCommand(m_model.get(), change.reply.id);
    EXPECT_TRUE(command->isObsolete());
    m_stack.push(command);
    auto *edit = new EditReplyCommand(m_model.get(), change.reply.id, QStringLiteral("Oneens"));
    EXPECT_TRUE(edit->isObsolete());
    m_stack.push(edit);
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_EQ(m_store->replies(a.id).size(), 1);
}

TEST_F(AnnotationCommandTest, readingTheStoreAgainChangesOnlyWhatDifferedNeverResets)
{
    const Annotation kept = highlight(QStringLiteral("een")), edited = highlight(QStringLiteral("twee")),
                     gone = highlight(QStringLiteral("drie"));
    for (const Annotation &a : {kept, edited, gone})
        ASSERT_TRUE(m_model->add(a));
    // Another connection (a sync) changes the database behind the model.
    SqliteAnnotationStore other(m_dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(other.put(AnnotationEdits::withNote(edited, QStringLiteral("nieuw"))));
    ASSERT_TRUE(other.remove(gone.id));
    const Annotation added = highlight(QStringLiteral("vier"));
    ASSERT_TRUE(other.put(added));

    QSignalSpy reset(m_model.get(), &AnnotationModel::modelReset);
    QSignalSpy changed(m_model.get(), &AnnotationModel::dataChanged);
    QSignalSpy removed(m_model.get(), &AnnotationModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &AnnotationModel::rowsInserted);
    m_model->reload();
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed[0][0].toModelIndex().row(), m_model->rowOf(edited.id));
    EXPECT_EQ(changed[0][1].toModelIndex().row(), m_model->rowOf(edited.id)) << "only the edited row";
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(m_model->byId(edited.id)->note, QStringLiteral("nieuw"));
    EXPECT_FALSE(m_model->byId(gone.id).has_value());
    EXPECT_EQ(m_model->annotations().last().id, added.id);
    EXPECT_EQ(m_model->rowOf(kept.id), 0);
}
