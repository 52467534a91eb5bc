// A second start on the same library hands its files to the window already open, over a
// real local socket, and that window opens them.
#include "AppFixture.h"

#include "document/DocumentPane.h"
#include "shell/SingleInstance.h"

#include <QTabWidget>

#include <thread>

using namespace diptych;
using namespace diptych::test;

TEST_F(AppFixture, aSecondStartOnTheSameLibraryHandsItsFilesToTheOpenWindow)
{
    ASSERT_TRUE(settle());
    const QString database = m_dir.filePath(QStringLiteral("library.sqlite"));
    CommandLine second;
    second.files = {sample("003_eafaf4e2d27f033a.txt")};
    bool taken = false;
    // The running program answers from its event loop; the second start waits on its own thread.
    std::thread start([&] { taken = SingleInstance::passToRunning(database, second, 5000); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return window()->tabs()->count() == 1; }, 10000));
    start.join();
    EXPECT_TRUE(taken);
    auto *pane = qobject_cast<DocumentPane *>(window()->tabs()->widget(0));
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(pane->path().endsWith(QStringLiteral("003_eafaf4e2d27f033a.txt")));
}

TEST_F(AppFixture, aStartOnAnotherLibraryFindsNoProgramToHandItsFilesTo)
{
    ASSERT_TRUE(settle());
    CommandLine other;
    other.files = {sample("003_eafaf4e2d27f033a.txt")};
    EXPECT_FALSE(SingleInstance::passToRunning(m_dir.filePath(QStringLiteral("other.sqlite")), other, 500));
    EXPECT_EQ(window()->tabs()->count(), 0);
}
