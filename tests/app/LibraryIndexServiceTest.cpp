// The search index as the program keeps it: filled from the library in the background,
// rebuilt from the Library menu, and searches that follow it without being asked.
#include "AppFixture.h"

#include "library/LibraryIndex.h"
#include "library/LibraryIndexService.h"
#include "links/LibrarySearchPanel.h"
#include "links/LinkDocks.h"
#include "links/SearchResultsModel.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>

using namespace diptych;
using diptych::test::AppFixture;
using diptych::test::sample;

namespace {

class LibraryIndexServiceTest : public AppFixture
{
protected:
    LibraryIndexService *service() const { return m_app->searchIndex(); }

    // Everything analysed and every index job done.
    bool quiet()
    {
        return settle() && QTest::qWaitFor([this] { return !service()->isBusy(); }, 30000);
    }

    int indexedLetters() const
    {
        LibraryIndex index(service()->databasePath());
        return index.open() ? index.documentCount() : -1;
    }
};

} // namespace

TEST_F(LibraryIndexServiceTest, theSampleLibraryIsIndexedWithoutAskingAndRebuildIndexesItAgain)
{
    ASSERT_NE(service(), nullptr);
    ASSERT_TRUE(quiet());
    EXPECT_EQ(indexedLetters(), 5) << "the five samples are in the search index after the first start";

    auto *rebuild = window()->findChild<QAction *>(QStringLiteral("rebuildIndexAction"));
    ASSERT_NE(rebuild, nullptr);
    QSignalSpy finished(service(), &LibraryIndexService::finished);
    rebuild->trigger();
    EXPECT_FALSE(rebuild->isEnabled()) << "no second rebuild while one runs";
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().at(0).toInt(), 5); // indexed
    EXPECT_EQ(finished.first().at(2).toInt(), 0); // failed
    ASSERT_TRUE(QTest::qWaitFor([&] { return rebuild->isEnabled(); }, 5000));
    EXPECT_EQ(indexedLetters(), 5);
}

TEST_F(LibraryIndexServiceTest, aLetterAddedToTheLibraryShowsUpInAnOpenSearchByItself)
{
    ASSERT_TRUE(quiet());
    LinkDocks *docks = window()->linkDocks();
    docks->searchAction()->trigger();
    LibrarySearchPanel *search = docks->searchPanel();
    QTest::keyClicks(search->field(), QStringLiteral("Zwaluwberaad"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !search->isSearching(); }, 10000));
    EXPECT_EQ(search->model()->hitCount(), 0);

    // A new letter that speaks of the word, added as a user would.
    QFile in(sample("001_76cb035f3064fde5.txt"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("nieuwe-brief.txt"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(in.readAll() + "\nTot slot sprak Nederland over het Zwaluwberaad van de bondgenoten.\n");
    out.close();
    QString error;
    ASSERT_TRUE(m_app->library().add(path, &error)) << error.toStdString();

    ASSERT_TRUE(QTest::qWaitFor([&] { return search->model()->hitCount() == 1; }, 30000))
        << "the open search did not take the new letter";
    EXPECT_EQ(search->model()->firstHit().data(SearchResultsModel::PathRole).toString(), path);
}
