#include "AppFixture.h"
#include "FootnoteHover.h"

#include "compare/CompareView.h"
#include "document/DocumentPane.h"
#include "document/DocumentView.h"
#include "document/FindBar.h"
#include "document/OutlinePanel.h"
#include "library/LibraryModel.h"
#include "library/LibraryPanel.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

using namespace diptych;
using diptych::test::AppFixture;
using diptych::test::hoverFootnoteCall;
using diptych::test::sample;
using diptych::test::shownTip;

namespace {

int documentRows(const QAbstractItemModel *model)
{
    int n = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        n += model->rowCount(model->index(g, 0));
    return n;
}

// The outline row of a section, searched through the whole tree.
QModelIndex outlineRow(QStandardItemModel *model, int section)
{
    const QModelIndexList found =
        model->match(model->index(0, 0), OutlinePanel::SectionRole, section, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

} // namespace

TEST_F(AppFixture, freshAccountShowsTheFiveSamplesGroupedByMeetingNewestFirst)
{
    LibraryModel *model = window()->libraryPanel()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return documentRows(model) == 5 && settle(); }, 30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().entries().size() == 5; }, 30000));
    QTest::qWait(200);
    // Meetings are sorted newest first: each group's start date is not after the previous one.
    QDate previous(9999, 1, 1);
    for (const LibraryEntry &e : m_app->library().entries())
        EXPECT_FALSE(e.title.isEmpty()) << e.path.toStdString();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        const QString firstPath = model->index(0, 0, group).data(LibraryModel::PathRole).toString();
        const auto entry = m_app->library().store().byPath(firstPath);
        ASSERT_TRUE(entry.has_value());
        if (!entry->meeting.start.isValid())
            continue;
        EXPECT_LE(entry->meeting.start, previous);
        previous = entry->meeting.start;
        EXPECT_TRUE(group.data().toString().contains(entry->meeting.place)) << group.data().toString().toStdString();
    }
}

TEST_F(AppFixture, openingASampleShowsItsCleanReadingText)
{
    DocumentPane *pane = window()->openDocument(sample("001_76cb035f3064fde5.txt"));
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(settle());
    EXPECT_EQ(window()->tabs()->count(), 1);
    const QString shown = pane->view()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("kwamen de NAVO-ministers van Buitenlandse Zaken bijeen")));
    // The dehyphenated reading text, not the line-broken source.
    EXPECT_FALSE(shown.contains(QStringLiteral("NAVO-\nhoofdkwartier")));
}

TEST_F(AppFixture, outlineListsTheSectionsAndAClickMovesTheView)
{
    DocumentPane *pane = window()->openDocument(sample("001_76cb035f3064fde5.txt"));
    ASSERT_TRUE(settle());
    const AnalysisPtr analysis = pane->analysis();
    ASSERT_GE(analysis->sections.size(), 3);
    QStandardItemModel *outline = window()->outlinePanel()->model();
    for (int i = 0; i < analysis->sections.size(); ++i)
        EXPECT_TRUE(outlineRow(outline, i).isValid()) << i;

    const int last = analysis->sections.size() - 1;
    QTreeView *tree = window()->outlinePanel()->view();
    const QModelIndex row = outlineRow(outline, last);
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    EXPECT_GT(pane->view()->verticalScrollBar()->value(), 0);
    EXPECT_EQ(pane->currentSection(), last);
    const int top = pane->view()->topTextOffset();
    EXPECT_NEAR(top, analysis->sections[last].at.start, 200);
}

TEST_F(AppFixture, findCountsEveryOekraineWhateverTheAccents)
{
    DocumentPane *pane = window()->openDocument(sample("000_a60e29c67b147090.txt"));
    ASSERT_TRUE(settle());
    const QString shown = pane->view()->toPlainText();
    const int expected =
        int(shown.count(QRegularExpression(QStringLiteral("oekra[iï]ne"), QRegularExpression::CaseInsensitiveOption)));
    ASSERT_GE(expected, 5);
    pane->showFind();
    QTest::keyClicks(pane->findBar()->field(), QStringLiteral("oekraine"));
    EXPECT_EQ(pane->view()->matchCount(), expected);
    EXPECT_TRUE(pane->findBar()->countText().endsWith(QString::number(expected)))
        << pane->findBar()->countText().toStdString();
    const int first = pane->view()->currentMatch();
    QTest::keyClick(pane->findBar()->field(), Qt::Key_Return);
    EXPECT_EQ(pane->view()->currentMatch(), (first + 1) % expected);
    EXPECT_EQ(pane->view()->textCursor().selectedText(), QStringLiteral("Oekraïne"));
}

TEST_F(AppFixture, hoveringAFootnoteCallShowsTheNoteAndClickingJumpsThereAndBack)
{
    DocumentPane *pane = window()->openDocument(sample("000_a60e29c67b147090.txt"));
    ASSERT_TRUE(settle());
    DocumentView *view = pane->view();
    const AnalysisPtr analysis = view->analysis();
    ASSERT_FALSE(analysis->footnotes.isEmpty());
    const Footnote &note = analysis->footnotes.first();
    ASSERT_FALSE(note.calls.isEmpty());

    ASSERT_TRUE(hoverFootnoteCall(view, note));
    // The note cites a Kamerstuk, so it comes in the footnote popup with its links.
    EXPECT_TRUE(shownTip(window()).contains(note.text.left(40).toHtmlEscaped())) << shownTip(window()).toStdString();

    const int before = view->verticalScrollBar()->value();
    view->followFootnote(note.number);
    EXPECT_NE(view->verticalScrollBar()->value(), before);
    EXPECT_TRUE(view->canGoBack());
    view->goBack();
    EXPECT_EQ(view->verticalScrollBar()->value(), before);
}

TEST_F(AppFixture, comparisonListsAlignedPairsAndAClickScrollsBothSides)
{
    CompareView *compare =
        window()->openComparison(sample("003_eafaf4e2d27f033a.txt"), sample("001_76cb035f3064fde5.txt"));
    ASSERT_NE(compare, nullptr);
    ASSERT_TRUE(settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return compare->isAligned(); }, 5000));
    const SectionAlignment &alignment = compare->alignment();
    ASSERT_GE(alignment.pairs.size(), 2);

    QTreeWidget *list = compare->alignmentList();
    QTreeWidgetItem *pairs = list->topLevelItem(0);
    ASSERT_EQ(pairs->childCount(), alignment.pairs.size());
    const int last = alignment.pairs.size() - 1;
    QTreeWidgetItem *item = pairs->child(last);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    EXPECT_EQ(compare->left()->currentSection(), alignment.pairs[last].agenda);
    EXPECT_EQ(compare->right()->currentSection(), alignment.pairs[last].verslag);
    EXPECT_EQ(list->topLevelItem(1)->childCount(), alignment.onlyAgenda.size());
    EXPECT_EQ(list->topLevelItem(2)->childCount(), alignment.onlyVerslag.size());
}

TEST_F(AppFixture, sessionRestoresTabsAndReadingPositions)
{
    DocumentPane *pane = window()->openDocument(sample("003_eafaf4e2d27f033a.txt"));
    window()->openComparison(sample("004_cd1c5c75dbeda8f3.txt"), sample("000_a60e29c67b147090.txt"));
    ASSERT_TRUE(settle());
    window()->tabs()->setCurrentIndex(0);
    const AnalysisPtr analysis = pane->analysis();
    ASSERT_GE(analysis->sections.size(), 2);
    pane->goToSection(1);
    const int position = pane->position();
    ASSERT_GT(position, 0);
    window()->close();

    startApp();
    ASSERT_TRUE(settle());
    ASSERT_EQ(window()->tabs()->count(), 2);
    auto *restored = qobject_cast<DocumentPane *>(window()->tabs()->widget(0));
    ASSERT_NE(restored, nullptr);
    EXPECT_TRUE(restored->path().endsWith(QStringLiteral("003_eafaf4e2d27f033a.txt")));
    EXPECT_NEAR(restored->position(), position, 120);
    auto *compare = qobject_cast<CompareView *>(window()->tabs()->widget(1));
    ASSERT_NE(compare, nullptr);
    EXPECT_TRUE(compare->left()->path().endsWith(QStringLiteral("004_cd1c5c75dbeda8f3.txt")));
    EXPECT_TRUE(compare->right()->path().endsWith(QStringLiteral("000_a60e29c67b147090.txt")));
    EXPECT_EQ(window()->tabs()->currentIndex(), 0);
}

TEST_F(AppFixture, aFileThatCannotBeOpenedNamesTheFileAndTheProgramCarriesOn)
{
    const QString missing = m_dir.filePath(QStringLiteral("gone.pdf"));
    EXPECT_EQ(window()->openDocument(missing), nullptr);
    EXPECT_EQ(window()->tabs()->count(), 0);
    QMessageBox *box = window()->findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(missing));
    EXPECT_NE(window()->openDocument(sample("002_e47a5db50cc64457.txt")), nullptr);
}

TEST_F(AppFixture, aLetterSavedInAWatchedFolderJoinsTheLibrary)
{
    ASSERT_TRUE(settle());
    const QString folder = m_dir.filePath(QStringLiteral("inbox"));
    ASSERT_TRUE(QDir().mkpath(folder));
    m_app->library().watchFolder(folder);
    const int before = m_app->library().entries().size();
    const QString copy = folder + QStringLiteral("/nieuwe-brief.txt");
    // Different bytes from the sample already in the library, so it is a new document.
    QFile source(sample("002_e47a5db50cc64457.txt"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QFile target(copy);
    ASSERT_TRUE(target.open(QIODevice::WriteOnly));
    target.write(source.readAll() + QByteArrayLiteral("\n"));
    target.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().entries().size() == before + 1; }, 10000));
    const auto entry = m_app->library().store().byPath(copy);
    ASSERT_TRUE(entry.has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_app->library().store().byPath(copy)->title.isEmpty(); }, 10000));

    // Removed from the library, it stays out when the folder changes again; a letter saved
    // after it joins. Added by hand, it is back.
    m_app->library().remove(entry->hash);
    const QString later = folder + QStringLiteral("/later.txt");
    QFile second(later);
    ASSERT_TRUE(second.open(QIODevice::WriteOnly));
    source.seek(0);
    second.write(source.readAll() + QByteArrayLiteral("\n\n"));
    second.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().store().byPath(later).has_value(); }, 10000));
    EXPECT_FALSE(m_app->library().store().byPath(copy).has_value());
    EXPECT_EQ(m_app->library().entries().size(), before + 1);
    ASSERT_TRUE(m_app->library().add(copy));
    EXPECT_TRUE(m_app->library().store().byPath(copy).has_value());
}

TEST_F(AppFixture, switchingToDutchRebuildsTheWindowInDutchKeepingTheOpenDocuments)
{
    window()->openDocument(sample("001_76cb035f3064fde5.txt"));
    ASSERT_TRUE(settle());
    Q_EMIT window()->languageChangeRequested(QStringLiteral("nl"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window()->menuBar()->actions().first()->text() == QStringLiteral("&Bestand"); }, 5000));
    ASSERT_TRUE(settle());
    EXPECT_EQ(window()->tabs()->count(), 1);
    EXPECT_EQ(m_settings->value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
    Q_EMIT window()->languageChangeRequested(QStringLiteral("en"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window()->menuBar()->actions().first()->text() == QStringLiteral("&File"); }, 5000));
}

TEST_F(AppFixture, copyingGivesTheCleanReadingTextWithoutFootnoteNumbersOrPageMarkers)
{
    DocumentPane *pane = window()->openDocument(sample("000_a60e29c67b147090.txt"));
    ASSERT_TRUE(settle());
    DocumentView *view = pane->view();
    const AnalysisPtr analysis = view->analysis();
    ASSERT_FALSE(analysis->footnotes.isEmpty());
    ASSERT_FALSE(analysis->footnotes.first().calls.isEmpty());
    // A selection from 60 characters before a footnote call to 20 after it.
    const int call = analysis->footnotes.first().calls.first().at.start;
    const int from = qMax(0, call - 60);
    const int to = qMin(int(analysis->text.size()), call + 20);
    QTextCursor selection(view->document());
    selection.setPosition(view->documentPosition(from));
    selection.setPosition(view->documentPosition(to), QTextCursor::KeepAnchor);
    view->setTextCursor(selection);
    ASSERT_NE(selection.selectedText(), analysis->text.mid(from, to - from)); // the display has the call number
    view->copy();
    EXPECT_EQ(QApplication::clipboard()->text(), analysis->text.mid(from, to - from));
}

TEST_F(AppFixture, findBringsAMatchOutOfViewToTheMiddle)
{
    DocumentPane *pane = window()->openDocument(sample("000_a60e29c67b147090.txt"));
    ASSERT_TRUE(settle());
    window()->resize(900, 600);
    QTest::qWait(50);
    pane->showFind();
    QTest::keyClicks(pane->findBar()->field(), QStringLiteral("oekraine"));
    DocumentView *view = pane->view();
    ASSERT_GE(view->matchCount(), 3);
    const int height = view->viewport()->height();
    bool movedOnce = false;
    for (int i = 0; i < view->matchCount(); ++i) {
        const int before = view->verticalScrollBar()->value();
        QTest::keyClick(pane->findBar()->field(), Qt::Key_Return);
        const QRect r = view->cursorRect();
        EXPECT_GE(r.top(), 0);
        EXPECT_LE(r.bottom(), height);
        if (view->verticalScrollBar()->value() != before && view->verticalScrollBar()->value() != 0
            && view->verticalScrollBar()->value() != view->verticalScrollBar()->maximum()) {
            movedOnce = true;
            EXPECT_NEAR(r.center().y(), height / 2, height / 10) << "match " << i;
        }
    }
    EXPECT_TRUE(movedOnce) << "no match was out of view; the test needs a longer letter";
}

// The same letter in two files (here a re-issued copy: other bytes, same official id) is one
// library row that opens its lead file, with both files under it.
TEST_F(AppFixture, aLetterInTwoFilesIsOneLibraryRowWithItsFilesUnderIt)
{
    LibraryModel *model = window()->libraryPanel()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return documentRows(model) == 5 && settle(); }, 30000));
    QFile original(sample("003_eafaf4e2d27f033a.txt"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QString reissued = m_dir.filePath(QStringLiteral("003-herdruk.txt"));
    QFile copy(reissued);
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(original.readAll() + "\n");
    copy.close();
    ASSERT_TRUE(m_app->library().add(reissued));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().entries().size() == 6 && settle(); }, 30000));
    QTest::qWait(200);
    EXPECT_EQ(documentRows(model), 5);
    const QModelIndex found = model->indexForPath(reissued);
    const QModelIndex row = found.data(LibraryModel::IsFileRole).toBool() ? found.parent() : found;
    ASSERT_TRUE(row.isValid());
    ASSERT_EQ(model->rowCount(row), 2);
    const QStringList files = row.data(LibraryModel::FilesRole).toStringList();
    EXPECT_EQ(files.size(), 2);
    EXPECT_TRUE(files.contains(reissued));
    EXPECT_TRUE(model->index(0, 0, row).data(LibraryModel::IsFileRole).toBool());
}
