// Replies in the Annotations dock: answering through the dock (the reply editor, the store,
// undo), a teammate's reply arriving by a sync while the reader has a row chosen, and the
// author rule (only one's own replies are deleted, someone else's note is only answered).
#include "AppFixture.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/NoteEditor.h"
#include "annotations/ReplyDelegate.h"
#include "annotations/ReplyDialog.h"
#include "annotations/SqliteAnnotationStore.h"
#include "annotations/WindowAnnotations.h"
#include "document/DocumentPane.h"
#include "document/DocumentView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>

#include <memory>

using namespace diptych;
using diptych::test::AppFixture;
using diptych::test::sample;

namespace {

const QString kBob = QStringLiteral("Bob Jansen");

class AnnotationRepliesTest : public AppFixture
{
protected:
    DocumentPane *openText()
    {
        DocumentPane *pane = window()->openDocument(sample("000_a60e29c67b147090.txt"));
        if (!pane || !settle() || !AnnotationController::of(pane) || !AnnotationController::of(pane)->annotations()) {
            ADD_FAILURE() << "the text did not open";
            return nullptr;
        }
        pane->setShowPages(false);
        return pane;
    }

    // A note on the first occurrence of a phrase, made as the Annotate menu makes it.
    QString noteOn(DocumentPane *pane, const QString &phrase, const QString &note)
    {
        const int at = int(pane->analysis()->text.indexOf(phrase));
        EXPECT_GE(at, 0) << phrase.toStdString();
        pane->view()->selectTextRange(at, at + int(phrase.size()));
        const QString id = AnnotationController::of(pane)->annotateSelection(AnnotationKind::HighlightNote);
        std::optional<Annotation> a = model().byId(id);
        EXPECT_TRUE(a.has_value());
        a->note = note;
        model().update(*a);
        return id;
    }

    AnnotationsPanel *panel() const { return window()->annotations()->panel(); }
    AnnotationModel &model() const { return m_app->annotations(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    // The store as the next start of the program (or diptych-cli) reads it.
    QVector<AnnotationReply> storedReplies(const QString &annotationId) const
    {
        SqliteAnnotationStore store(databasePath());
        EXPECT_TRUE(store.open()) << store.error().toStdString();
        return store.replies(annotationId);
    }

    QModelIndex rowOf(const QString &annotationId) const
    {
        const QModelIndexList found = panel()->items()->match(panel()->items()->index(0, 0), AnnotationsPanel::IdRole,
                                                              annotationId, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

    // The reply rows under an annotation's row, as "author: text".
    QStringList shownReplies(const QString &annotationId) const
    {
        QStringList out;
        const QModelIndex row = rowOf(annotationId);
        for (int i = 0; i < panel()->items()->rowCount(row); ++i) {
            const QModelIndex reply = panel()->items()->index(i, 0, row);
            out << reply.data(ReplyDelegate::AuthorRole).toString() + QStringLiteral(": ")
                       + reply.data(Qt::DisplayRole).toString();
        }
        return out;
    }

    // The reply editor showing now (one closed before may wait for its deletion).
    ReplyDialog *openDialog() const
    {
        for (ReplyDialog *dialog : panel()->findChildren<ReplyDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QAction *menuAction(QMenu *menu, const char *name) const { return menu->findChild<QAction *>(QLatin1String(name)); }

    // What a sync does with a teammate's edit: another connection to the same database takes
    // in the server's change (written by the role `owner`), then the program reads the store
    // again, as TeamSyncService::pulled makes it.
    void arriveBySync(const SyncedChange &change)
    {
        SqliteAnnotationStore syncing(databasePath());
        ASSERT_TRUE(syncing.open()) << syncing.error().toStdString();
        ASSERT_TRUE(syncing.journal().setRole(QStringLiteral("anne")));
        ASSERT_EQ(syncing.applySynced({change}, change.revision), 1) << syncing.error().toStdString();
        model().reload();
    }

    // Bob's note on the same passage as one of ours, as the server sends it.
    SyncedChange bobsNoteBeside(const QString &ours, const QString &note, qint64 revision) const
    {
        SyncedChange change;
        change.kind = SyncedChange::Kind::Annotation;
        change.annotation = *model().byId(ours);
        change.annotation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        change.annotation.author = kBob;
        change.annotation.note = note;
        change.item = change.annotation.id;
        change.revision = revision;
        change.owner = QStringLiteral("bob");
        return change;
    }

    static SyncedChange bobsReply(const QString &annotationId, const QString &text, qint64 revision)
    {
        SyncedChange change;
        change.kind = SyncedChange::Kind::Reply;
        change.reply.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        change.reply.annotation = annotationId;
        change.reply.author = kBob;
        change.reply.created = change.reply.modified = Annotation::nowUtc();
        change.reply.text = text;
        change.item = change.reply.id;
        change.revision = revision;
        change.owner = QStringLiteral("bob");
        return change;
    }
};

} // namespace

TEST_F(AnnotationRepliesTest, aReplyTypedInTheDockIsStoredShownUnderItsNoteAndUndoRemovesIt)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QString id = noteOn(pane, QStringLiteral("bondgenoten"), QStringLiteral("Navragen bij DVB"));
    panel()->editNote(id);
    ASSERT_EQ(panel()->currentId(), id);
    EXPECT_EQ(panel()->items()->rowCount(rowOf(id)), 0) << "no replies: no rows";

    // Reply… in the row's context menu opens the spell-checked editor.
    const std::unique_ptr<QMenu> menu(panel()->createContextMenu(rowOf(id)));
    QAction *replyAction = menuAction(menu.get(), "replyAction");
    ASSERT_NE(replyAction, nullptr);
    replyAction->trigger();
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_NE(dialog->editor()->highlighter(), nullptr);
    EXPECT_FALSE(dialog->replyButton()->isEnabled()) << "nothing typed, nothing to send";
    QTest::keyClicks(dialog->editor(), QStringLiteral("Gedaan, zie verslag"));
    ASSERT_TRUE(dialog->replyButton()->isEnabled());
    dialog->replyButton()->click();

    const QVector<AnnotationReply> stored = storedReplies(id);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].text, QStringLiteral("Gedaan, zie verslag"));
    EXPECT_EQ(stored[0].author, Annotation::defaultAuthor());
    EXPECT_EQ(shownReplies(id), QStringList{Annotation::defaultAuthor() + QStringLiteral(": Gedaan, zie verslag")});
    EXPECT_TRUE(panel()->view()->isExpanded(rowOf(id)));
    EXPECT_EQ(panel()->currentId(), id) << "replying keeps the reader's row";

    QUndoStack *stack = AnnotationController::of(pane)->undoStack();
    EXPECT_EQ(stack->undoText(), QStringLiteral("Reply"));
    window()->annotations()->undoAction()->trigger();
    EXPECT_TRUE(storedReplies(id).isEmpty());
    EXPECT_TRUE(shownReplies(id).isEmpty());
    window()->annotations()->redoAction()->trigger();
    ASSERT_EQ(storedReplies(id).size(), 1);
    EXPECT_EQ(storedReplies(id)[0], stored[0]) << "redo brings back the same reply";

    // One's own reply can be edited in the same editor, one undo step.
    const QModelIndex replyRow = panel()->items()->index(0, 0, rowOf(id));
    const std::unique_ptr<QMenu> replyMenu(panel()->createContextMenu(replyRow));
    QAction *edit = menuAction(replyMenu.get(), "editReplyAction");
    ASSERT_NE(edit, nullptr);
    edit->trigger();
    auto *editor = openDialog();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("Gedaan, zie verslag"));
    QTest::keyClicks(editor->editor(), QStringLiteral(" van juni"));
    editor->replyButton()->click();
    EXPECT_EQ(storedReplies(id)[0].text, QStringLiteral("Gedaan, zie verslag van juni"));
    EXPECT_EQ(shownReplies(id),
              QStringList{Annotation::defaultAuthor() + QStringLiteral(": Gedaan, zie verslag van juni")});
    window()->annotations()->undoAction()->trigger();
    EXPECT_EQ(storedReplies(id)[0], stored[0]);

    // And deleted, and that is undone too.
    QAction *remove = menuAction(replyMenu.get(), "deleteReplyAction");
    ASSERT_NE(remove, nullptr);
    ASSERT_TRUE(remove->isEnabled());
    remove->trigger();
    EXPECT_TRUE(storedReplies(id).isEmpty());
    window()->annotations()->undoAction()->trigger();
    EXPECT_EQ(storedReplies(id).size(), 1);
}

TEST_F(AnnotationRepliesTest, blankTextIsNoReplyAndTheButtonBesideTheNoteOpensTheEditor)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QString id = noteOn(pane, QStringLiteral("bondgenoten"), QStringLiteral("Navragen"));
    panel()->editNote(id);
    EXPECT_FALSE(panel()->addReply(id, QStringLiteral("  \n ")));
    EXPECT_TRUE(storedReplies(id).isEmpty());
    ASSERT_FALSE(panel()->replyButton()->isHidden());
    panel()->replyButton()->click();
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->annotationId(), id);
    dialog->reject();
    EXPECT_TRUE(storedReplies(id).isEmpty());
}

TEST_F(AnnotationRepliesTest, aTeammatesReplyArrivingBySyncShowsWithoutLosingTheChosenRow)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QString first = noteOn(pane, QStringLiteral("bondgenoten"), QStringLiteral("Eerste"));
    const QString second = noteOn(pane, QStringLiteral("Oekraïne"), QStringLiteral("Tweede"));
    ASSERT_TRUE(panel()->addReply(second, QStringLiteral("Mijn antwoord")));
    // The reader has chosen their own reply under the second note.
    const QModelIndex mine = panel()->items()->index(0, 0, rowOf(second));
    panel()->view()->setCurrentIndex(mine);
    const QString myReply = panel()->currentReplyId();
    ASSERT_FALSE(myReply.isEmpty());

    QSignalSpy rebuilt(panel()->items(), &QStandardItemModel::modelReset);
    QSignalSpy reset(&model(), &AnnotationModel::modelReset);
    const SyncedChange bobs = bobsReply(first, QStringLiteral("Eens, en ook bij DAO"), 7);
    arriveBySync(bobs);

    EXPECT_EQ(shownReplies(first), QStringList{kBob + QStringLiteral(": Eens, en ook bij DAO")});
    EXPECT_TRUE(panel()->view()->isExpanded(rowOf(first)));
    EXPECT_EQ(panel()->currentReplyId(), myReply) << "the chosen row stays chosen";
    EXPECT_EQ(panel()->currentId(), second);
    EXPECT_EQ(rebuilt.count(), 0) << "the list is not made again for a reply";
    EXPECT_EQ(reset.count(), 0) << "a sync does not reset the model";

    // Only the author deletes a reply: Bob's stays, with the menu saying why.
    const QModelIndex bobsRow = panel()->items()->index(0, 0, rowOf(first));
    const std::unique_ptr<QMenu> menu(panel()->createContextMenu(bobsRow));
    QAction *remove = menuAction(menu.get(), "deleteReplyAction");
    ASSERT_NE(remove, nullptr);
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_TRUE(remove->text().contains(kBob)) << remove->text().toStdString();
    EXPECT_FALSE(panel()->removeReply(bobs.reply.id));
    EXPECT_EQ(menuAction(menu.get(), "editReplyAction"), nullptr) << "nor edits it";
    EXPECT_FALSE(panel()->changeReply(bobs.reply.id, QStringLiteral("Oneens")));
    EXPECT_EQ(storedReplies(first).size(), 1);
    EXPECT_NE(menuAction(menu.get(), "replyAction"), nullptr) << "but anyone answers it";

    // Bob deletes it on his side: it goes here too, and the reader's row still stays.
    SyncedChange removal;
    removal.kind = SyncedChange::Kind::Removal;
    removal.item = bobs.reply.id;
    removal.revision = 8;
    removal.owner = QStringLiteral("bob");
    arriveBySync(removal);
    EXPECT_TRUE(shownReplies(first).isEmpty());
    EXPECT_EQ(panel()->currentReplyId(), myReply);
    EXPECT_EQ(rebuilt.count(), 0);
}

TEST_F(AnnotationRepliesTest, theTextFilterFindsWordsOfTheReplies)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QString answered = noteOn(pane, QStringLiteral("bondgenoten"), QStringLiteral("Eerste"));
    noteOn(pane, QStringLiteral("Oekraïne"), QStringLiteral("Tweede"));
    ASSERT_TRUE(panel()->addReply(answered, QStringLiteral("Zie de brief over luchtverdediging")));
    panel()->textFilter()->setText(QStringLiteral("luchtverdediging"));
    EXPECT_EQ(panel()->listedIds(), QStringList{answered});
    EXPECT_EQ(shownReplies(answered).size(), 1);
}

TEST_F(AnnotationRepliesTest, aTeammatesNoteIsAnsweredNotEditedInTheDock)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QString mine = noteOn(pane, QStringLiteral("bondgenoten"), QStringLiteral("Mijn notitie"));
    const SyncedChange change = bobsNoteBeside(mine, QStringLiteral("Zijn notitie"), 3);
    const Annotation &his = change.annotation;
    arriveBySync(change);
    ASSERT_TRUE(model().byId(his.id).has_value());

    panel()->editNote(his.id);
    EXPECT_TRUE(panel()->noteEditor()->isReadOnly());
    EXPECT_TRUE(panel()->tagsField()->isReadOnly());
    EXPECT_FALSE(panel()->replyButton()->isHidden());
    panel()->editNote(mine);
    EXPECT_FALSE(panel()->noteEditor()->isReadOnly());
}

TEST_F(AnnotationRepliesTest, hoveringThePassageShowsTheNoteAndItsReplies)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QString id = noteOn(pane, QStringLiteral("bondgenoten"), QStringLiteral("Navragen bij DVB"));
    arriveBySync(bobsReply(id, QStringLiteral("Gedaan: zie verslag"), 5));
    const int at = int(pane->analysis()->text.indexOf(QStringLiteral("bondgenoten")));
    QTextCursor c(pane->view()->document());
    c.setPosition(pane->view()->documentPosition(at + 2));
    const QPoint onPassage = pane->view()->cursorRect(c).center();
    QHelpEvent hover(QEvent::ToolTip, onPassage, pane->view()->viewport()->mapToGlobal(onPassage));
    QApplication::sendEvent(pane->view()->viewport(), &hover);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Navragen bij DVB"))) << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(kBob + QStringLiteral(": Gedaan: zie verslag")))
        << QToolTip::text().toStdString();
}

TEST_F(AnnotationRepliesTest, aTeammatesNoteArrivingKeepsTheReadersPlaceInALongList)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    QString last;
    for (const char *word : {"bondgenoten", "Oekraïne", "NAVO", "Washington", "Praag", "veiligheid", "steun",
                             "ministers", "bijeenkomst", "munitie", "luchtverdediging", "voorzitter"})
        last =
            noteOn(pane, QString::fromUtf8(word), QStringLiteral("Een aantekening die wat ruimte neemt in de lijst"));
    window()->annotations()->dock()->show();
    QScrollBar *bar = panel()->view()->verticalScrollBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->maximum() > 0; }, 2000)) << "the list must scroll for this test";
    panel()->view()->setCurrentIndex(rowOf(last));
    bar->setValue(bar->maximum() / 2);
    const int place = bar->value();

    const SyncedChange change = bobsNoteBeside(last, QStringLiteral("Zijn notitie"), 9);
    arriveBySync(change);
    ASSERT_TRUE(rowOf(change.annotation.id).isValid());
    EXPECT_EQ(bar->value(), place);
    EXPECT_EQ(panel()->currentId(), last);
}
