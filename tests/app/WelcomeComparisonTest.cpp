// The first start leads somewhere: the welcome page offers the comparison the bundled
// samples allow (no sample meeting has both letters, so: across meetings), and a comparison
// of letters of two meetings says so above the alignment.
#include "AppFixture.h"

#include "compare/CompareView.h"
#include "document/DocumentPane.h"

#include <QCommandLinkButton>
#include <QLabel>

using namespace diptych;
using namespace diptych::test;

TEST_F(AppFixture, theWelcomePageOffersTheSamplesComparisonAcrossMeetings)
{
    ASSERT_TRUE(settle());
    auto *across = window()->findChild<QCommandLinkButton *>(QStringLiteral("compareAcrossMeetings"));
    auto *same = window()->findChild<QCommandLinkButton *>(QStringLiteral("compareSameMeeting"));
    ASSERT_NE(across, nullptr);
    ASSERT_NE(same, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return across->isVisibleTo(window()); }, 10000));
    EXPECT_FALSE(same->isVisibleTo(window()));
    // The newest report (iFMM Praag 2024) against the agenda of the next meeting (iFMM Antalya 2025).
    EXPECT_TRUE(across->description().contains(QStringLiteral("Praag"))) << across->description().toStdString();
    EXPECT_TRUE(across->description().contains(QStringLiteral("Antalya"))) << across->description().toStdString();

    across->click();
    ASSERT_EQ(window()->tabs()->count(), 1);
    auto *compare = qobject_cast<CompareView *>(window()->tabs()->widget(0));
    ASSERT_NE(compare, nullptr);
    EXPECT_TRUE(compare->left()->path().endsWith(QStringLiteral("004_cd1c5c75dbeda8f3.txt")));
    EXPECT_TRUE(compare->right()->path().endsWith(QStringLiteral("000_a60e29c67b147090.txt")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return compare->isAligned(); }, 10000));
    auto *pairing = compare->findChild<QLabel *>(QStringLiteral("comparisonPairing"));
    ASSERT_NE(pairing, nullptr);
    EXPECT_TRUE(pairing->isVisibleTo(compare));
    // Both letters are running text (read from the samples: no headings), which the header says.
    auto *summary = compare->findChild<QLabel *>(QStringLiteral("comparisonSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("neither letter has headings")))
        << summary->text().toStdString();
    EXPECT_TRUE(pairing->text().contains(QStringLiteral("Across meetings")));
    const QString left = pairing->text().section(QStringLiteral("right:"), 0, 0);
    const QString right = pairing->text().section(QStringLiteral("right:"), 1);
    EXPECT_TRUE(left.contains(QStringLiteral("the agenda of iFMM")) && left.contains(QStringLiteral("Antalya")))
        << pairing->text().toStdString();
    EXPECT_TRUE(right.contains(QStringLiteral("the report of iFMM")) && right.contains(QStringLiteral("Praag")))
        << pairing->text().toStdString();
}

TEST_F(AppFixture, aComparisonOfOneMeetingsLettersSaysNothingAboutMeetings)
{
    // The agenda compared with itself: one meeting.
    CompareView *compare =
        window()->openComparison(sample("003_eafaf4e2d27f033a.txt"), sample("003_eafaf4e2d27f033a.txt"));
    ASSERT_NE(compare, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return compare->isAligned(); }, 10000));
    auto *pairing = compare->findChild<QLabel *>(QStringLiteral("comparisonPairing"));
    ASSERT_NE(pairing, nullptr);
    EXPECT_FALSE(pairing->isVisibleTo(compare));
}
