// The link views of the window: the links dock of a letter, topic threads and the timeline
// of meetings, over the five sample letters (and an agenda written here for their 2024 FMM).
#include "AppFixture.h"

#include "document/DocumentPane.h"
#include "document/DocumentView.h"
#include "library/LibraryPanel.h"
#include "links/DocumentLinksModel.h"
#include "links/LibraryLinks.h"
#include "links/LibrarySearchPanel.h"
#include "links/LinkDocks.h"
#include "links/LinksPanel.h"
#include "links/MeetingTimeline.h"
#include "links/SearchResultsModel.h"
#include "links/ThreadModel.h"
#include "links/ThreadView.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextCursor>

using namespace diptych;
using diptych::test::AppFixture;

namespace {

// A geannoteerde agenda for the FMM of 3-4 April 2024 in the samples' text format: the
// samples hold that meeting's verslag (001) but not its agenda. It cites 003's own id.
const char *kAgenda2024 = " Geannoteerde agenda van de NAVO Foreign Ministers Meeting (FMM) van 3-4 april 2024 \n\n"
                          "Op 3 en 4 april 2024 zullen de NAVO-ministers van Buitenlandse Zaken bijeenkomen op het \n"
                          "NAVO-hoofdkwartier in Brussel. De minister van Buitenlandse Zaken zal deelnemen aan het \n"
                          "volledige programma. De bijeenkomst staat naar verwachting in het teken van de \n"
                          "voorbereiding van de NAVO-top in Washington D.C. op 9-11 juli 2024.  \n\n"
                          "Werksessie 1: Vooruitblik op de NAVO-top in Washington D.C.  \n\n"
                          "De ministers zullen spreken over de hoofdonderwerpen voor de top in Washington D.C. \n"
                          "Nederland zal benadrukken dat de steun aan Oekraïne voorop moet blijven staan en dat \n"
                          "bondgenoten hun afspraken over defensie-uitgaven moeten nakomen.  \n\n"
                          "Werksessie 2: NATO-Ukraine Council  \n\n"
                          "In de NATO-Ukraine Council zal naar verwachting worden gesproken over de militaire steun \n"
                          "aan Oekraïne en de hervormingen in Oekraïne. Nederland zal het belang van langdurige \n"
                          "steun aan Oekraïne onderstrepen, zoals aangekondigd in de brief over de FMM van november \n"
                          "(Kamerstuk 28676, nr. 446).  \n";

class LinksViewTest : public AppFixture
{
protected:
    LinkDocks *docks() const { return window()->linkDocks(); }

    // Everything analysed and the library linked with this many letters.
    bool linked(int letters)
    {
        return QTest::qWaitFor(
            [&] {
                return window()->isSettled() && !docks()->links()->isBusy()
                       && docks()->links()->snapshot()->documents().size() == letters;
            },
            30000);
    }

    QString writeAgenda()
    {
        const QString path = m_dir.filePath(QStringLiteral("agenda-fmm-2024.txt"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kAgenda2024);
        return path;
    }

    // The library's copy of a sample.
    QString libraryPath(const QString &fileName) const
    {
        for (const LibraryEntry &e : m_app->library().entries()) {
            if (e.path.endsWith(fileName))
                return e.path;
        }
        return QString();
    }

    QStringList children(const QModelIndex &group, int role) const
    {
        QStringList out;
        for (int r = 0; group.isValid() && r < group.model()->rowCount(group); ++r)
            out << group.model()->index(r, 0, group).data(role).toString();
        return out;
    }
};

} // namespace

TEST_F(LinksViewTest, theAgendaShowsTheReportOfItsMeetingAndActivatingItOpensTheReport)
{
    ASSERT_TRUE(linked(5));
    const QString agenda = writeAgenda();
    DocumentPane *pane = window()->openDocument(agenda);
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(linked(6));

    DocumentLinksModel *model = docks()->linksPanel()->model();
    EXPECT_EQ(model->path(), pane->path());
    const QModelIndex same = model->groupIndex(DocumentLinksModel::SameMeeting);
    ASSERT_TRUE(same.isValid());
    const QString report = libraryPath(QStringLiteral("001_76cb035f3064fde5.txt"));
    ASSERT_FALSE(report.isEmpty());
    EXPECT_EQ(children(same, DocumentLinksModel::PathRole), QStringList{report});
    EXPECT_TRUE(same.data().toString().startsWith(DocumentLinksModel::groupName(DocumentLinksModel::SameMeeting)));
    // The agenda cites 003 by its own id, and 003 is the meeting before.
    const QString november = libraryPath(QStringLiteral("003_eafaf4e2d27f033a.txt"));
    EXPECT_EQ(children(model->groupIndex(DocumentLinksModel::Cites), DocumentLinksModel::PathRole),
              QStringList{november});
    EXPECT_EQ(children(model->groupIndex(DocumentLinksModel::Cites), DocumentLinksModel::DetailRole),
              QStringList{QStringLiteral("kst-28676-446")});
    EXPECT_EQ(children(model->groupIndex(DocumentLinksModel::PreviousMeeting), DocumentLinksModel::PathRole),
              QStringList{november});

    docks()->linksPanel()->activate(model->index(0, 0, same));
    ASSERT_NE(window()->activePane(), nullptr);
    EXPECT_EQ(window()->activePane()->path(), report);
    EXPECT_EQ(window()->tabs()->count(), 2);
    ASSERT_TRUE(settle());
    // The report's panel now shows the agenda the other way round, and 003 citing nothing of it.
    EXPECT_EQ(children(model->groupIndex(DocumentLinksModel::SameMeeting), DocumentLinksModel::PathRole),
              QStringList{pane->path()});
}

TEST_F(LinksViewTest, aKamerstukOutsideTheLibraryIsOfferedAndOnlyOpenedOnRequest)
{
    ASSERT_TRUE(linked(5));
    DocumentPane *pane = window()->openDocument(libraryPath(QStringLiteral("002_e47a5db50cc64457.txt")));
    ASSERT_TRUE(linked(5));
    DocumentLinksModel *model = docks()->linksPanel()->model();
    const QModelIndex outside = model->groupIndex(DocumentLinksModel::Outside);
    ASSERT_TRUE(outside.isValid());
    const QStringList ids = children(outside, DocumentLinksModel::DetailRole);
    QStringList cited;
    for (const Reference &r : pane->analysis()->references)
        cited << r.id;
    ASSERT_FALSE(ids.isEmpty());
    for (const QString &id : ids)
        EXPECT_TRUE(cited.contains(id)) << id.toStdString();
    const QModelIndex first = model->index(0, 0, outside);
    EXPECT_TRUE(first.data(DocumentLinksModel::UrlRole)
                    .toString()
                    .startsWith(QStringLiteral("https://zoek.officielebekendmakingen.nl/")));

    docks()->linksPanel()->activate(first);
    auto *ask = window()->findChild<QMessageBox *>(QStringLiteral("externalLinkPrompt"));
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(ask->text().contains(first.data(DocumentLinksModel::UrlRole).toString()));
    ask->reject();
    EXPECT_EQ(window()->tabs()->count(), 1);
}

TEST_F(LinksViewTest, removingALetterFromTheLibraryRelinksAfterAMoment)
{
    const QString agenda = writeAgenda();
    window()->openDocument(agenda);
    ASSERT_TRUE(linked(6));
    DocumentLinksModel *model = docks()->linksPanel()->model();
    ASSERT_TRUE(model->groupIndex(DocumentLinksModel::SameMeeting).isValid());
    const auto report = m_app->library().store().byPath(libraryPath(QStringLiteral("001_76cb035f3064fde5.txt")));
    ASSERT_TRUE(report.has_value());
    m_app->library().remove(report->hash);
    EXPECT_TRUE(docks()->links()->isBusy());
    ASSERT_TRUE(linked(5));
    EXPECT_FALSE(model->groupIndex(DocumentLinksModel::SameMeeting).isValid());
}

TEST_F(LinksViewTest, theOekraineThreadListsPassagesFromSeveralMeetingsOldestFirst)
{
    ASSERT_TRUE(linked(5));
    ThreadView *threads = docks()->threadView();
    ASSERT_TRUE(threads->setTopic(QStringLiteral("Oekraïne")));
    ThreadModel *model = threads->model();
    ASSERT_GE(model->rowCount(), 3);
    QSet<QDate> meetings;
    QDate previous;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex row = model->index(r);
        const QDate date = row.data(ThreadModel::DateRole).toDate();
        ASSERT_TRUE(date.isValid()) << r;
        if (previous.isValid()) {
            EXPECT_LE(previous, date) << r;
        }
        previous = date;
        meetings.insert(date);
        EXPECT_FALSE(row.data(ThreadModel::PassageRole).toString().isEmpty()) << r;
        EXPECT_TRUE(row.data(ThreadModel::MeetingRole).toString().contains(QString::number(date.year()))) << r;
    }
    EXPECT_GE(meetings.size(), 3);
    EXPECT_FALSE(threads->setTopic(QStringLiteral("no such topic")));

    // Activating a passage opens its letter with the passage in view.
    const QModelIndex last = model->index(model->rowCount() - 1);
    const int offset = last.data(ThreadModel::OffsetRole).toInt();
    ASSERT_GE(offset, 0);
    threads->activate(last);
    DocumentPane *pane = window()->activePane();
    ASSERT_NE(pane, nullptr);
    EXPECT_EQ(pane->path(), last.data(ThreadModel::PathRole).toString());
    ASSERT_TRUE(settle());
    DocumentView *view = pane->view();
    EXPECT_TRUE(view->analysis()->text.mid(offset).startsWith(last.data(ThreadModel::PassageRole).toString().left(40)));
    QTextCursor at(view->document());
    at.setPosition(view->documentPosition(offset));
    EXPECT_TRUE(view->viewport()->rect().intersects(view->cursorRect(at)));
}

TEST_F(LinksViewTest, theTimelineHasTheSampleMeetingsInDateOrderAndOpensTheirLetters)
{
    ASSERT_TRUE(linked(5));
    MeetingTimeline *timeline = docks()->timeline();
    const QVector<MeetingTimeline::Card> cards = timeline->cards();
    QSet<QDate> libraryMeetings;
    for (const LibraryEntry &e : m_app->library().entries())
        libraryMeetings.insert(e.meeting.start);
    ASSERT_EQ(cards.size(), libraryMeetings.size());
    QSet<QString> types;
    for (int i = 0; i < cards.size(); ++i) {
        EXPECT_TRUE(libraryMeetings.contains(cards[i].meeting.start)) << i;
        if (i > 0) {
            EXPECT_LT(cards[i - 1].meeting.start, cards[i].meeting.start) << i;
        }
        types.insert(meetingTypeName(cards[i].meeting.type));
        EXPECT_NE(cards[i].agenda.isEmpty(), cards[i].verslag.isEmpty()) << "each sample meeting has one letter";
    }
    EXPECT_EQ(types, (QSet<QString>{QStringLiteral("FMM"), QStringLiteral("iFMM")}));

    // Clicking the report chip of the first meeting opens that report.
    ASSERT_FALSE(cards.first().verslag.isEmpty());
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->chipRect(0, true).center());
    EXPECT_EQ(timeline->current(), 0);
    ASSERT_NE(window()->activePane(), nullptr);
    EXPECT_EQ(window()->activePane()->path(), cards.first().verslag);
    // Right arrow selects the next meeting, and opening a letter selects its meeting.
    QTest::keyClick(timeline, Qt::Key_Right);
    EXPECT_EQ(timeline->current(), 1);
    window()->openDocument(cards.last().agenda.isEmpty() ? cards.last().verslag : cards.last().agenda);
    EXPECT_EQ(timeline->current(), cards.size() - 1);
}

TEST_F(LinksViewTest, searchingOekraineFindsTheLettersByMeetingAndEnterOpensTheBest)
{
    ASSERT_TRUE(linked(5));
    docks()->searchAction()->trigger();
    LibrarySearchPanel *search = docks()->searchPanel();
    SearchResultsModel *model = search->model();
    QTest::keyClicks(search->field(), QStringLiteral("oekraine"));
    // The index fills in the background as the samples are analysed: search until it has them.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (!search->isSearching() && model->hitCount() < 5)
                search->refresh();
            return !search->isSearching() && model->hitCount() == 5;
        },
        30000))
        << model->hitCount();
    EXPECT_GE(model->rowCount(), 4) << "the five samples are about four meetings or more";
    const QRegularExpression marked(QStringLiteral("<b>oekra[iï]n"), QRegularExpression::CaseInsensitiveOption);
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        EXPECT_TRUE(group.data(SearchResultsModel::IsGroupRole).toBool());
        for (int r = 0; r < model->rowCount(group); ++r)
            EXPECT_TRUE(model->index(r, 0, group).data(SearchResultsModel::SnippetHtmlRole).toString().contains(marked))
                << g << ' ' << r;
    }

    const QModelIndex best = model->firstHit();
    const QString path = best.data(SearchResultsModel::PathRole).toString();
    const int offset = best.data(SearchResultsModel::OffsetRole).toInt();
    QTest::keyClick(search->field(), Qt::Key_Return);
    ASSERT_NE(window()->activePane(), nullptr);
    EXPECT_EQ(window()->activePane()->path(), path);
    ASSERT_TRUE(settle());
    ASSERT_GE(offset, 0);
    const QString text = window()->activePane()->analysis()->text;
    EXPECT_TRUE(text.mid(offset, 8).startsWith(QStringLiteral("Oekra"))) << text.mid(offset, 20).toStdString();
}

TEST(SearchResultsModel, snippetMarkersBecomeBoldAndTheRestIsEscaped)
{
    EXPECT_EQ(SearchResultsModel::snippetHtml(QStringLiteral("steun aan \x01Oekra\u00efne\x02 & <EU>")),
              QStringLiteral("steun aan <b>Oekra\u00efne</b> &amp; &lt;EU&gt;"));
}
