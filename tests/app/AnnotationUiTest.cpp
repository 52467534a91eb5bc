// Annotating in the running program: making, drawing, undoing and finding annotations in
// the text view and on the PDF pages, and the annotations panel.
#include "PagesFixture.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationFiles.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/NoteEditor.h"
#include "annotations/PdfAnnotationImporter.h"
#include "annotations/PdfAnnotationWriter.h"
#include "annotations/SqliteAnnotationStore.h"
#include "annotations/TextGeometry.h"
#include "annotations/WindowAnnotations.h"
#include "pdf/PageTextSelection.h"
#include "pdf/PdfTextTool.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

using namespace diptych;
using diptych::test::PagesFixture;
using diptych::test::sample;

namespace {

const char *kLetter = "000_a60e29c67b147090.txt";

class AnnotationUiTest : public PagesFixture
{
protected:
    DocumentPane *openText(const char *name = kLetter)
    {
        DocumentPane *pane = window()->openDocument(sample(name));
        if (!pane || !settle() || !controller(pane) || !controller(pane)->annotations()) {
            ADD_FAILURE() << "the text did not open";
            return nullptr;
        }
        pane->setShowPages(false);
        window()->activateWindow();
        return pane;
    }

    static AnnotationController *controller(DocumentPane *pane) { return AnnotationController::of(pane); }
    AnnotationsPanel *panel() const { return window()->annotations()->panel(); }

    // The reading-text range of the n-th occurrence of a phrase.
    static QPair<int, int> rangeOf(DocumentPane *pane, const QString &phrase, int occurrence = 0)
    {
        const QString &text = pane->analysis()->text;
        int at = text.indexOf(phrase);
        for (int i = 0; i < occurrence && at >= 0; ++i)
            at = text.indexOf(phrase, at + 1);
        return at < 0 ? QPair<int, int>() : QPair<int, int>(at, at + int(phrase.size()));
    }

    // The store as the next start of the program reads it.
    QVector<Annotation> stored() const
    {
        SqliteAnnotationStore store(m_dir.filePath(QStringLiteral("library.sqlite")));
        EXPECT_TRUE(store.open()) << store.error().toStdString();
        return store.all();
    }

    // Presses keys on a widget the way a user does, shortcuts included.
    static void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        widget->setFocus();
        QTest::keyClick(widget, key, modifiers);
    }

    // Text-view extra selections with this background colour.
    static int drawnWith(DocumentView *view, const QColor &color)
    {
        int n = 0;
        for (const QTextEdit::ExtraSelection &s : view->extraSelections())
            n += s.format.background().color().rgb() == color.rgb() ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_F(AnnotationUiTest, highlightingATextSelectionStoresAndDrawsItUndoAndRedoFollow)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const auto range = rangeOf(pane, QStringLiteral("bondgenoten"));
    ASSERT_LT(range.first, range.second);
    pane->view()->selectTextRange(range.first, range.second);
    press(pane->view(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);

    const QVector<Annotation> saved = stored();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].kind, AnnotationKind::Highlight);
    EXPECT_EQ(saved[0].quote.exact, QStringLiteral("bondgenoten"));
    EXPECT_EQ(saved[0].position.start, range.first);
    EXPECT_FALSE(saved[0].author.isEmpty());
    ASSERT_EQ(pane->view()->annotationMarks().size(), 1);
    EXPECT_EQ(drawnWith(pane->view(), saved[0].color), 1);

    press(pane->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(pane->view()->annotationMarks().isEmpty());
    EXPECT_EQ(drawnWith(pane->view(), saved[0].color), 0);

    press(pane->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0], saved[0]);
    EXPECT_EQ(pane->view()->annotationMarks().size(), 1);
}

TEST_F(AnnotationUiTest, typingANoteIsOneUndoStepAndHoveringThePassageShowsIt)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const auto range = rangeOf(pane, QStringLiteral("bondgenoten"));
    pane->view()->selectTextRange(range.first, range.second);
    press(pane->view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(stored().size(), 1);
    const QString id = stored()[0].id;
    EXPECT_EQ(stored()[0].kind, AnnotationKind::HighlightNote);
    NoteEditor *editor = panel()->noteEditor();
    EXPECT_TRUE(window()->annotations()->dock()->isVisible());
    EXPECT_EQ(panel()->currentId(), id);
    ASSERT_TRUE(editor->isEnabled());

    QUndoStack *stack = controller(pane)->undoStack();
    EXPECT_EQ(stack->count(), 1);
    QTest::keyClicks(editor, QStringLiteral("abc"));
    // Stored within AnnotationModel::kDeferredWriteMs (the model has it at once).
    EXPECT_TRUE(QTest::qWaitFor([&] { return stored()[0].note == QStringLiteral("abc"); },
                                AnnotationModel::kDeferredWriteMs + 500));
    EXPECT_EQ(stack->count(), 2) << "typing abc must be one undo step";

    // Hovering the passage shows the note.
    const QRect where = pane->view()->cursorRect([&] {
        QTextCursor c(pane->view()->document());
        c.setPosition(pane->view()->documentPosition(range.first + 2));
        return c;
    }());
    const QPoint onPassage = where.center();
    QHelpEvent hover(QEvent::ToolTip, onPassage, pane->view()->viewport()->mapToGlobal(onPassage));
    QApplication::sendEvent(pane->view()->viewport(), &hover);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("abc"))) << QToolTip::text().toStdString();

    // Ctrl+Z in the note editor undoes the typing through the document's stack.
    press(editor, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored()[0].note, QString());
    EXPECT_EQ(editor->toPlainText(), QString());
    press(editor, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(AnnotationUiTest, recolouringIsDrawnAndUndone)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const auto range = rangeOf(pane, QStringLiteral("bondgenoten"));
    pane->view()->selectTextRange(range.first, range.second);
    const QString id = controller(pane)->annotateSelection(AnnotationKind::Highlight);
    ASSERT_FALSE(id.isEmpty());
    const QColor yellow = stored()[0].color;
    const QColor green = AnnotationController::palette()[1].first;
    controller(pane)->recolor(id, green);
    EXPECT_EQ(stored()[0].color, green);
    EXPECT_EQ(drawnWith(pane->view(), green), 1);
    EXPECT_EQ(drawnWith(pane->view(), yellow), 0);
    window()->annotations()->undoAction()->trigger();
    EXPECT_EQ(stored()[0].color, yellow);
    EXPECT_EQ(drawnWith(pane->view(), yellow), 1);

    controller(pane)->changeKind(id, AnnotationKind::StrikeOut);
    EXPECT_EQ(stored()[0].kind, AnnotationKind::StrikeOut);
    bool struck = false;
    for (const QTextEdit::ExtraSelection &s : pane->view()->extraSelections())
        struck = struck || s.format.fontStrikeOut();
    EXPECT_TRUE(struck);
    controller(pane)->remove(id);
    EXPECT_TRUE(stored().isEmpty());
    window()->annotations()->undoAction()->trigger();
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(AnnotationUiTest, thePanelFiltersByTextColourAndKind)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const QColor green = AnnotationController::palette()[1].first;
    auto mark = [&](const QString &phrase, AnnotationKind kind, const QColor &color) {
        const auto range = rangeOf(pane, phrase);
        EXPECT_LT(range.first, range.second) << phrase.toStdString();
        pane->view()->selectTextRange(range.first, range.second);
        return controller(pane)->annotateSelection(kind, color);
    };
    const QString first = mark(QStringLiteral("bondgenoten"), AnnotationKind::Highlight, QColor());
    const QString second = mark(QStringLiteral("Oekraïne"), AnnotationKind::Highlight, green);
    const QString third = mark(QStringLiteral("NAVO"), AnnotationKind::Underline, QColor());
    EXPECT_EQ(panel()->listedIds().size(), 3);

    panel()->textFilter()->setText(QStringLiteral("oekraine")); // accents and case folded
    EXPECT_EQ(panel()->listedIds(), QStringList{second});
    panel()->textFilter()->clear();

    panel()->colorFilter()->setCurrentIndex(panel()->colorFilter()->findData(QVariant::fromValue(green)));
    EXPECT_EQ(panel()->listedIds(), QStringList{second});
    panel()->colorFilter()->setCurrentIndex(0);

    panel()->kindFilter()->setCurrentIndex(panel()->kindFilter()->findData(int(AnnotationFilter::Kind::Underline)));
    EXPECT_EQ(panel()->listedIds(), QStringList{third});
    panel()->kindFilter()->setCurrentIndex(0);

    // Clicking a row shows its passage: the selection in the text is the quote.
    const QModelIndexList rows = panel()->items()->match(panel()->items()->index(0, 0), AnnotationsPanel::IdRole, first,
                                                         1, Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(rows.size(), 1);
    pane->view()->selectTextRange(0, 0);
    panel()->view()->setCurrentIndex(rows.first());
    Q_EMIT panel()->view()->clicked(rows.first());
    EXPECT_EQ(pane->view()->textCursor().selectedText(), QStringLiteral("bondgenoten"));
}

TEST_F(AnnotationUiTest, tagsTypedInThePanelAreStoredFilteredOnAndUndone)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    auto mark = [&](const QString &phrase) {
        const auto range = rangeOf(pane, phrase);
        EXPECT_LT(range.first, range.second) << phrase.toStdString();
        pane->view()->selectTextRange(range.first, range.second);
        return controller(pane)->annotateSelection(AnnotationKind::Highlight);
    };
    const QString first = mark(QStringLiteral("bondgenoten"));
    const QString second = mark(QStringLiteral("Oekraïne"));
    panel()->editNote(second);
    QLineEdit *tags = panel()->tagsField();
    ASSERT_TRUE(tags->isEnabled());
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("steun, DIP"));
    QTest::keyClick(tags, Qt::Key_Return);
    const std::optional<Annotation> tagged = window()->annotations()->model()->byId(second);
    ASSERT_TRUE(tagged.has_value());
    EXPECT_EQ(tagged->tags, (QStringList{QStringLiteral("steun"), QStringLiteral("DIP")}));

    const int dip = panel()->tagFilter()->findText(QStringLiteral("DIP"));
    ASSERT_GE(dip, 0) << "the new tag is offered in the tag filter";
    panel()->tagFilter()->setCurrentIndex(dip);
    EXPECT_EQ(panel()->listedIds(), QStringList{second});
    panel()->tagFilter()->setCurrentIndex(0);
    EXPECT_EQ(panel()->listedIds().size(), 2);
    EXPECT_TRUE(panel()->listedIds().contains(first));

    press(pane->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(window()->annotations()->model()->byId(second)->tags.isEmpty());
}

TEST_F(AnnotationUiTest, anAnnotationMadeInTheTextShowsOnThePdfOfTheSameLetter)
{
    DocumentPane *text = openText();
    ASSERT_NE(text, nullptr);
    const auto range = rangeOf(text, QStringLiteral("bondgenoten"), 1);
    ASSERT_LT(range.first, range.second);
    text->view()->selectTextRange(range.first, range.second);
    const QString id = controller(text)->annotateSelection(AnnotationKind::Highlight);
    ASSERT_FALSE(id.isEmpty());

    DocumentPane *pdf = openPdf(kLetter);
    ASSERT_NE(pdf, nullptr);
    ASSERT_NE(pdf, text);
    ASSERT_NE(controller(pdf), nullptr);
    const DocumentAnnotations *onPdf = controller(pdf)->annotations();
    ASSERT_NE(onPdf, nullptr);
    ASSERT_NE(onPdf->documentHash(), controller(text)->annotations()->documentHash());
    const AnnotationMark *m = onPdf->mark(id);
    ASSERT_NE(m, nullptr) << "not placed on the PDF";
    ASSERT_FALSE(m->areas.isEmpty());
    EXPECT_FALSE(m->areas.first().quads.isEmpty());
    EXPECT_EQ(pdf->analysis()->text.mid(m->start, m->end - m->start), QStringLiteral("bondgenoten"));
    EXPECT_EQ(panel()->listedIds(), QStringList{id});
}

TEST_F(AnnotationUiTest, selectingOnThePdfPagesAndHighlightingGivesQuadsAndAPageNoteIsListed)
{
    DocumentPane *pane = openPdf(kLetter);
    ASSERT_NE(pane, nullptr);
    const AnalysisPtr analysis = pane->analysis();
    const auto range = rangeOf(pane, QStringLiteral("bondgenoten"));
    ASSERT_LT(range.first, range.second);
    pane->pdfTextTool()->selection()->selectRange(range.first, range.second);
    window()->annotations()->annotateActions()[0]->trigger();
    ASSERT_EQ(stored().size(), 1);
    const Annotation a = stored()[0];
    EXPECT_EQ(a.quote.exact, QStringLiteral("bondgenoten"));
    ASSERT_FALSE(a.areas.isEmpty());
    EXPECT_FALSE(a.areas.first().quads.isEmpty());

    const QString note = controller(pane)->addPageNote(0, QPointF(300, 400));
    ASSERT_FALSE(note.isEmpty());
    QTest::keyClicks(panel()->noteEditor(), QStringLiteral("Vragen aan DGPZ"));
    const std::optional<Annotation> pageNote = window()->annotations()->model()->byId(note);
    ASSERT_TRUE(pageNote.has_value());
    EXPECT_EQ(pageNote->kind, AnnotationKind::PageNote);
    EXPECT_EQ(pageNote->note, QStringLiteral("Vragen aan DGPZ"));
    EXPECT_EQ(panel()->listedIds().size(), 2);
    EXPECT_EQ(controller(pane)->annotations()->idsAt(0, QPointF(305, 405)), QStringList{note});
}

TEST_F(AnnotationUiTest, anAnnotationThatCannotBePlacedIsListedApartNeverDropped)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    Annotation lost = Annotation::create(AnnotationKind::Highlight, controller(pane)->annotations()->documentHash());
    lost.quote.exact = QStringLiteral("Een zin die in deze brief nergens staat, ook niet ongeveer.");
    window()->annotations()->model()->add(lost);
    EXPECT_EQ(controller(pane)->annotations()->notPlaced(), QStringList{lost.id});
    EXPECT_EQ(panel()->listedIds(), QStringList{lost.id});
    const QModelIndexList rows = panel()->items()->match(panel()->items()->index(0, 0), AnnotationsPanel::IdRole,
                                                         lost.id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().parent().data().toString(), QStringLiteral("Not placed"));
}

TEST_F(AnnotationUiTest, annotationsInsideAPdfAreTakenOverWhenItOpensAndOnlyOnce)
{
    DocumentPane *plain = openPdf(kLetter);
    ASSERT_NE(plain, nullptr);
    const AnalysisPtr analysis = plain->analysis();
    const auto range = rangeOf(plain, QStringLiteral("bondgenoten"));
    ASSERT_LT(range.first, range.second);
    // Another program's highlight with a note, written into a copy of the letter.
    Annotation theirs = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("elsewhere"));
    theirs.author = QStringLiteral("Collega DVB");
    theirs.note = QStringLiteral("Zie ook de motie over munitie.");
    theirs.areas = TextGeometry(*analysis).areasFor(range.first, range.second);
    ASSERT_FALSE(theirs.areas.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("van-collega.pdf"));
    ASSERT_TRUE(PdfAnnotationWriter::write(plain->path(), copy, {theirs}).ok);
    ASSERT_TRUE(stored().isEmpty());

    DocumentPane *pane = window()->openDocument(copy);
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored().size() == 1; }, 10000)) << "nothing taken over";
    const Annotation taken = stored().first();
    EXPECT_EQ(taken.id, theirs.id);
    EXPECT_EQ(taken.note, theirs.note);
    EXPECT_EQ(taken.author, theirs.author);
    EXPECT_EQ(taken.quote.exact, QStringLiteral("bondgenoten"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller(pane)->annotations()->mark(theirs.id) != nullptr; }, 5000));

    // The user edits it; opening the file again keeps the edit and adds nothing.
    Annotation edited = taken;
    edited.note = QStringLiteral("Besproken met DVB, geen actie.");
    ASSERT_TRUE(window()->annotations()->model()->update(edited));
    window()->close();
    startApp(CommandLine::parse({QStringLiteral("diptych"), copy}));
    ASSERT_TRUE(settle());
    QTest::qWait(300);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().note, edited.note);
}

TEST_F(AnnotationUiTest, aPdfCopyWithStandardAnnotationsIsWrittenForOtherViewers)
{
    DocumentPane *pane = openPdf(kLetter);
    ASSERT_NE(pane, nullptr);
    auto *exportPdf = window()->findChild<QAction *>(QStringLiteral("exportAnnotatedPdf"));
    ASSERT_NE(exportPdf, nullptr);
    EXPECT_TRUE(exportPdf->isEnabled());
    const auto range = rangeOf(pane, QStringLiteral("bondgenoten"));
    ASSERT_LT(range.first, range.second);
    pane->pdfTextTool()->selection()->selectRange(range.first, range.second);
    const QString id = controller(pane)->annotateSelection(AnnotationKind::Underline);
    ASSERT_FALSE(id.isEmpty());

    const QString out = m_dir.filePath(QStringLiteral("voor-collega.pdf"));
    QString error;
    ASSERT_TRUE(AnnotationFiles::writePdf(controller(pane), pane->path(), out, &error)) << error.toStdString();
    const QVector<Annotation> back =
        PdfAnnotationImporter::read(out, *pane->analysis(), QStringLiteral("copy"), &error);
    ASSERT_EQ(back.size(), 1) << error.toStdString();
    EXPECT_EQ(back[0].id, id);
    EXPECT_EQ(back[0].kind, AnnotationKind::Underline);
    EXPECT_EQ(back[0].quote.exact, QStringLiteral("bondgenoten"));

    DocumentPane *text = openText();
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(exportPdf->isEnabled()) << "a text letter has no PDF to copy";
}

TEST_F(AnnotationUiTest, w3cJsonGoesOutAndComesBackInOneUndoStep)
{
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const auto range = rangeOf(pane, QStringLiteral("Oekraïne"), 2);
    ASSERT_LT(range.first, range.second);
    pane->view()->selectTextRange(range.first, range.second);
    const QString id = controller(pane)->annotateSelection(AnnotationKind::HighlightNote);
    ASSERT_FALSE(id.isEmpty());
    const QString json = m_dir.filePath(QStringLiteral("brief.annotations.json"));
    QString error;
    ASSERT_TRUE(AnnotationFiles::writeJson(controller(pane), json, &error)) << error.toStdString();

    ASSERT_TRUE(window()->annotations()->model()->remove(id));
    ASSERT_TRUE(stored().isEmpty());
    int placed = -1, notPlaced = -1;
    ASSERT_TRUE(AnnotationFiles::readJson(controller(pane), json, &placed, &notPlaced, &error)) << error.toStdString();
    EXPECT_EQ(placed, 1);
    EXPECT_EQ(notPlaced, 0);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0].id, id);
    EXPECT_EQ(stored()[0].position.start, range.first);
    controller(pane)->undoStack()->undo();
    EXPECT_TRUE(stored().isEmpty());

    EXPECT_FALSE(AnnotationFiles::readJson(controller(pane), m_dir.filePath(QStringLiteral("nergens.json")), &placed,
                                           &notPlaced, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(AnnotationUiTest, theAuthorNameFromTheSettingsIsOnNewAnnotations)
{
    m_settings->setValue(QStringLiteral("annotations/author"), QStringLiteral("  Piet Jansen "));
    window()->close();
    startApp();
    DocumentPane *pane = openText();
    ASSERT_NE(pane, nullptr);
    const auto range = rangeOf(pane, QStringLiteral("bondgenoten"));
    pane->view()->selectTextRange(range.first, range.second);
    ASSERT_FALSE(controller(pane)->annotateSelection(AnnotationKind::Highlight).isEmpty());
    Annotation::setConfiguredAuthor(QString()); // the next tests start from the system user
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0].author, QStringLiteral("Piet Jansen"));
    EXPECT_NE(window()->findChild<QAction *>(QStringLiteral("authorNameAction")), nullptr);
}
