// Library › Follow dossier and Download and open as the program runs them, against
// tests/tools/official_server.py on 127.0.0.1: nothing goes over the network at start unless
// the user switched that on; a check of the followed dossiers puts their letters in the
// library; a cited Kamerstuk is fetched and opened.
#include "AppFixture.h"
#include "FootnoteHover.h"
#include "OfficialServer.h"

#include "document/DocumentPane.h"
#include "document/DocumentView.h"
#include "document/FootnotePopup.h"
#include "document/ReferencesPanel.h"
#include "library/FetchService.h"
#include "links/LinksPanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>

using namespace diptych;
using diptych::test::AppFixture;
using diptych::test::hoverFootnoteCall;
using diptych::test::OfficialServer;

namespace {

const QString kId = QStringLiteral("kst-21501-02-3121");
const QString kOutsideId = QStringLiteral("kst-99998-1");
// Cited in footnote 1 of the sample letter 004 (geannoteerde agenda, NAVO, 2024).
const QString kFootnoteId = QStringLiteral("kst-28676-499");

class FollowDossierTest : public AppFixture
{
protected:
    // The app starts in each test, after the server and the settings are ready.
    void SetUp() override
    {
        qputenv("no_proxy", "127.0.0.1,localhost");
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("diptych.ini")), QSettings::IniFormat);
        server.addDocument(QStringLiteral("21501-02"), kId, QStringLiteral(DIPTYCH_REAL_PDFS "/kst-21501-02-3121.pdf"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Motie van het lid Ceder")},
                                       {QStringLiteral("type"), QStringLiteral("Motie")}});
        // Not followed: for Download and open from the Links dock, and a slow one to cancel.
        server.addDocument(QStringLiteral("99998"), kOutsideId,
                           QStringLiteral(DIPTYCH_REAL_PDFS "/ah-tk-20232024-878.pdf"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Antwoord")},
                                       {QStringLiteral("pdf_behaviour"), QStringLiteral("slow")}});
        server.addDocument(QStringLiteral("28676"), kFootnoteId,
                           QStringLiteral(DIPTYCH_REAL_PDFS "/kst-21501-02-3121.pdf"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Verslag NAVO-top")}});
        ASSERT_TRUE(server.start());
        m_settings->setValue(QStringLiteral("official/source"), server.url());
        m_settings->setValue(QStringLiteral("official/dossiers"), QStringList{QStringLiteral("21501-02")});
    }

    bool inLibrary() { return !m_app->library().pathForSelfId(kId).isEmpty(); }

    OfficialServer server;
};

} // namespace

TEST_F(FollowDossierTest, nothingGoesOverTheNetworkAtStartUnlessSwitchedOnAndCheckNowFetches)
{
    m_settings->setValue(QStringLiteral("official/checkAtStart"), false);
    startApp();
    ASSERT_TRUE(settle());
    QTest::qWait(1500);
    EXPECT_TRUE(server.requests().isEmpty());

    auto *checkNow = window()->findChild<QAction *>(QStringLiteral("checkFollowedDossiersAction"));
    ASSERT_NE(checkNow, nullptr);
    ASSERT_NE(m_app->fetchService(), nullptr);
    QSignalSpy finished(m_app->fetchService(), &FetchService::finished);
    checkNow->trigger();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().at(0).toInt(), 1); // added
    EXPECT_TRUE(finished.first().at(2).toStringList().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([this] { return inLibrary(); }, 30000));
}

TEST_F(FollowDossierTest, switchedOnTheFollowedDossiersAreCheckedAtStart)
{
    m_settings->setValue(QStringLiteral("official/checkAtStart"), true);
    startApp();
    auto *atStart = window()->findChild<QAction *>(QStringLiteral("checkDossiersAtStartAction"));
    ASSERT_NE(atStart, nullptr);
    EXPECT_TRUE(atStart->isChecked());
    EXPECT_TRUE(QTest::qWaitFor([this] { return inLibrary(); }, 60000));
    EXPECT_FALSE(server.requestsTo(QStringLiteral("/sru")).isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_app->fetchService()->isBusy(); }, 30000));
}

TEST_F(FollowDossierTest, aCitedKamerstukIsDownloadedAndOpened)
{
    startApp();
    ASSERT_TRUE(settle());
    EXPECT_TRUE(server.requests().isEmpty());
    Q_EMIT window()->referencesPanel()->downloadRequested(kId); // its context menu's Download and open
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return window()->activePane() && window()->activePane()->path().endsWith(kId + QStringLiteral(".pdf"));
        },
        60000));
    EXPECT_TRUE(inLibrary());
    // The library's row has the official title once the program has analysed the letter.
    EXPECT_TRUE(QTest::qWaitFor(
        [this] {
            const auto entry = m_app->library().store().bySelfId(kId);
            return entry && entry->title == QStringLiteral("Motie van het lid Ceder");
        },
        30000));
    EXPECT_EQ(server.requestsTo(QStringLiteral("/") + kId + QStringLiteral(".pdf")).size(), 1); // the official pattern
}

TEST_F(FollowDossierTest, aKamerstukCitedInAFootnoteIsDownloadedFromItsPopupAndThenOffersToOpen)
{
    startApp();
    ASSERT_TRUE(settle());
    ASSERT_TRUE(m_app->library().pathForSelfId(kFootnoteId).isEmpty());
    DocumentPane *letter = window()->openDocument(diptych::test::sample("004_cd1c5c75dbeda8f3.txt"));
    ASSERT_TRUE(settle());
    DocumentView *view = letter->view();
    const Footnote note = view->analysis()->footnotes.value(0);
    ASSERT_EQ(note.number, 1);
    ASSERT_TRUE(hoverFootnoteCall(view, note));

    FootnotePopup *popup = FootnotePopup::of(view);
    ASSERT_NE(popup, nullptr);
    ASSERT_TRUE(popup->isVisible()) << "a plain tooltip instead of the popup";
    const QString shown = popup->label()->text();
    EXPECT_TRUE(shown.contains(note.text.left(30).toHtmlEscaped())) << shown.toStdString();
    const QString download = QStringLiteral("download:") + kFootnoteId;
    ASSERT_TRUE(shown.contains(download)) << shown.toStdString();
    EXPECT_TRUE(server.requests().isEmpty()) << "hovering fetched something";

    Q_EMIT popup->label()->linkActivated(download); // a click on Download and open
    EXPECT_FALSE(popup->isVisible());
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return window()->activePane()
                   && window()->activePane()->path().endsWith(kFootnoteId + QStringLiteral(".pdf"));
        },
        60000));

    // Back in the letter, the same note now offers to open the letter from the library.
    window()->openDocument(letter->path());
    ASSERT_TRUE(hoverFootnoteCall(view, note));
    const QString open = QStringLiteral("open:") + kFootnoteId;
    ASSERT_TRUE(popup->isVisible());
    EXPECT_TRUE(popup->label()->text().contains(open)) << popup->label()->text().toStdString();
    Q_EMIT popup->label()->linkActivated(open);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window()->activePane()->path().endsWith(kFootnoteId + QStringLiteral(".pdf")); }, 10000));
    EXPECT_EQ(server.requestsTo(QStringLiteral("/") + kFootnoteId + QStringLiteral(".pdf")).size(), 1);
}

TEST_F(FollowDossierTest, aKamerstukOutsideTheLibraryIsDownloadedAndOpenedFromTheLinksDock)
{
    startApp();
    ASSERT_TRUE(settle());
    auto *links = window()->findChild<LinksPanel *>();
    ASSERT_NE(links, nullptr);
    Q_EMIT links->downloadRequested(kOutsideId); // its context menu's Download and open
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return window()->activePane()
                   && window()->activePane()->path().endsWith(kOutsideId + QStringLiteral(".pdf"));
        },
        60000));
    EXPECT_EQ(server.requestsTo(QStringLiteral("/sru")).size(), 0); // one Kamerstuk: no search
}

TEST_F(FollowDossierTest, cancelStopsAfterTheLetterUnderWayAndLeavesNothingHalfWritten)
{
    startApp();
    ASSERT_TRUE(settle());
    FetchService *service = m_app->fetchService();
    ASSERT_NE(service, nullptr);
    QSignalSpy added(service, &FetchService::documentAdded);
    QSignalSpy finished(service, &FetchService::finished);
    ASSERT_TRUE(service->fetchDossiers({QStringLiteral("21501-02"), QStringLiteral("99998")}));
    ASSERT_TRUE(added.wait(60000)); // the first dossier's letter is in
    service->cancel();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().at(3).toBool()); // cancelled
    const QDir letters(FetchService::folderFor(m_dir.filePath(QStringLiteral("library.sqlite"))));
    EXPECT_TRUE(letters.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    EXPECT_FALSE(m_app->library().store().bySelfId(kOutsideId).has_value());
}
