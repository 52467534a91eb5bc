#include "AppFixture.h"

#include "compare/CompareView.h"
#include "document/DocumentPane.h"

#include <QTabWidget>

// The tabs of the window: titled after their letters, each letter open once.

using namespace diptych;
using diptych::test::AppFixture;
using diptych::test::sample;

TEST_F(AppFixture, aTabTakesItsLettersTitleCutShortWithTheWholeTitleAsTooltip)
{
    DocumentPane *pane = window()->openDocument(sample("001_76cb035f3064fde5.txt"));
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(settle());
    const QString title = pane->analysis()->title;
    ASSERT_GT(title.size(), 48) << "a title longer than a tab: " << title.toStdString();

    QTabWidget *tabs = window()->tabs();
    const int index = tabs->indexOf(pane);
    EXPECT_EQ(tabs->tabToolTip(index), title);
    EXPECT_EQ(tabs->tabText(index), title.left(46) + QStringLiteral("…"));
}

TEST_F(AppFixture, openingALetterAgainShowsItsTabInsteadOfASecond)
{
    DocumentPane *first = window()->openDocument(sample("001_76cb035f3064fde5.txt"));
    window()->openDocument(sample("000_a60e29c67b147090.txt"));
    ASSERT_EQ(window()->tabs()->count(), 2);

    EXPECT_EQ(window()->openDocument(sample("001_76cb035f3064fde5.txt")), first);
    EXPECT_EQ(window()->tabs()->count(), 2);
    EXPECT_EQ(window()->tabs()->currentWidget(), first);
}

TEST_F(AppFixture, aComparisonsTabFollowsTheTitlesOfBothLetters)
{
    CompareView *compare =
        window()->openComparison(sample("003_eafaf4e2d27f033a.txt"), sample("001_76cb035f3064fde5.txt"));
    ASSERT_NE(compare, nullptr);
    ASSERT_TRUE(settle());
    ASSERT_TRUE(compare->left()->isReady() && compare->right()->isReady());
    const int index = window()->tabs()->indexOf(compare);
    EXPECT_EQ(window()->tabs()->tabToolTip(index), compare->title());
    EXPECT_TRUE(compare->title().contains(compare->left()->title().left(20))) << compare->title().toStdString();
}
