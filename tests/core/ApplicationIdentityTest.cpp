#include "storage/ApplicationIdentity.h"
#include "library/LibraryStore.h"

#include "TestData.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

// diptych-cli without --library/--store must use the very database the program uses, or a
// script's index and annotations never show up in the program.
TEST(ApplicationIdentity, theCommandLineWritesTheProgramsLibraryDatabase)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString appName = QCoreApplication::applicationName();
    const QString organisation = QCoreApplication::organizationName();
    const QByteArray oldData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    // Other tests of this binary switch Qt's test paths on (~/.qttest); the user's are meant.
    const bool testMode = QStandardPaths::isTestModeEnabled();
    QStandardPaths::setTestModeEnabled(false);
    ApplicationIdentity::install();
    const QString expected = home.filePath(QStringLiteral("diptych/library.sqlite"));
    EXPECT_EQ(LibraryStore::defaultDatabasePath(), expected);
    QCoreApplication::setApplicationName(appName);
    QCoreApplication::setOrganizationName(organisation);
    oldData.isNull() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", oldData);
    QStandardPaths::setTestModeEnabled(testMode);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(DIPTYCH_CLI),
              {QStringLiteral("index"), test::dataFile(QStringLiteral("001_76cb035f3064fde5.txt"))});
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(expected)) << "the index went elsewhere";
}
