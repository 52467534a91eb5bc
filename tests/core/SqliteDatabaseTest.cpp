// The SQLite plumbing every store shares: a damaged file is moved aside, a locked one is
// reported and left alone, migrations run once per component.
#include "storage/SqliteDatabase.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryIndex.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace diptych;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Another program holding the file: a rollback-journal database with an exclusive lock,
// so even reading it has to wait.
class ExclusiveHolder
{
public:
    explicit ExclusiveHolder(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        m_db.setDatabaseName(path);
        m_db.open();
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS held (x INTEGER)"));
        m_locked = q.exec(QStringLiteral("BEGIN EXCLUSIVE")) && q.exec(QStringLiteral("INSERT INTO held VALUES (1)"));
    }
    ~ExclusiveHolder()
    {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    bool locked() const { return m_locked; }

private:
    QSqlDatabase m_db;
    bool m_locked = false;
};

QStringList movedAside(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
}

} // namespace

TEST(SqliteDatabase, migratesEachComponentOnceAndKeepsTheirVersionsApart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    const QVector<QStringList> steps = {{QStringLiteral("CREATE TABLE a (x)")}, {QStringLiteral("CREATE TABLE b (y)")}};
    {
        SqliteDatabase db(path, QStringLiteral("test database"));
        ASSERT_TRUE(db.open()) << db.error().toStdString();
        ASSERT_TRUE(db.migrate(QStringLiteral("one"), steps.mid(0, 1)));
        EXPECT_EQ(db.version(QStringLiteral("one")), 1);
        EXPECT_EQ(db.version(QStringLiteral("two")), 0);
    }
    SqliteDatabase db(path, QStringLiteral("test database"));
    ASSERT_TRUE(db.open());
    ASSERT_TRUE(db.migrate(QStringLiteral("one"), steps)) << db.error().toStdString(); // only step 2 runs
    EXPECT_EQ(db.version(QStringLiteral("one")), 2);
    EXPECT_FALSE(db.migrate(QStringLiteral("one"), steps.mid(0, 1))); // written by a newer program
    EXPECT_TRUE(db.error().contains(QStringLiteral("newer")));
}

TEST(SqliteDatabase, aFailingStepLeavesTheVersionAndTablesAsTheyWere)
{
    QTemporaryDir dir;
    SqliteDatabase db(dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("test database"));
    ASSERT_TRUE(db.open());
    EXPECT_FALSE(db.migrate(QStringLiteral("c"), {{QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("NOT SQL")}}));
    EXPECT_FALSE(db.error().isEmpty());
    EXPECT_EQ(db.version(QStringLiteral("c")), 0);
    EXPECT_TRUE(db.migrate(QStringLiteral("c"), {{QStringLiteral("CREATE TABLE t (x)")}})) << db.error().toStdString();
}

TEST(SqliteDatabase, lockedFileIsReportedAndNeverMovedAside)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    ExclusiveHolder holder(path);
    ASSERT_TRUE(holder.locked());
    SqliteDatabase db(path, QStringLiteral("test database"));
    db.setBusyTimeout(200);
    EXPECT_FALSE(db.open());
    EXPECT_EQ(db.health(), SqliteDatabase::Health::Locked);
    EXPECT_TRUE(db.error().contains(QStringLiteral("in use by another program"))) << db.error().toStdString();
    EXPECT_TRUE(db.movedAsidePath().isEmpty());
    EXPECT_TRUE(movedAside(dir).isEmpty());
}

TEST(SqliteDatabase, annotationStoreTellsLockedFromDamaged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        ExclusiveHolder holder(path);
        ASSERT_TRUE(holder.locked());
        SqliteAnnotationStore store(path);
        store.setBusyTimeout(200);
        EXPECT_FALSE(store.open());
        EXPECT_TRUE(store.isLocked());
        EXPECT_TRUE(movedAside(dir).isEmpty());
    }
    // Once the other program lets go, opening again works and nothing was lost or moved.
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_FALSE(store.isLocked());
    EXPECT_TRUE(store.movedAsidePath().isEmpty());

    const QString damaged = dir.filePath(QStringLiteral("b.sqlite"));
    writeFile(damaged, QByteArray(8192, 'z'));
    SqliteAnnotationStore other(damaged);
    ASSERT_TRUE(other.open()) << other.error().toStdString();
    EXPECT_FALSE(other.isLocked());
    EXPECT_FALSE(other.movedAsidePath().isEmpty());
}

TEST(SqliteDatabase, damagedIndexIsMovedAsideAndAFreshOneStarted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QByteArray garbage(16384, 'q');
    writeFile(path, garbage);
    LibraryIndex index(path);
    ASSERT_TRUE(index.open()) << index.error().toStdString();
    EXPECT_TRUE(index.error().contains(QStringLiteral("damaged"))) << index.error().toStdString();
    ASSERT_EQ(movedAside(dir).size(), 1);
    QFile aside(index.movedAsidePath());
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), garbage);
    EXPECT_EQ(index.documentCount(), 0);
    EXPECT_TRUE(index.search(QStringLiteral("oekraine")).isEmpty());
}

// Several programs opening one new library at the same moment (the window and two fetches,
// say): each waits for the others rather than failing with "database is locked" (SQLite does
// not wait by itself while switching the journal mode).
TEST(SqliteDatabase, programsOpeningOneNewLibraryAtOnceEachGetIt)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(empty));
    for (int round = 0; round < 60; ++round) {
        const QString library = dir.filePath(QStringLiteral("library-%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> programs;
        for (int i = 0; i < 3; ++i) {
            // Started a few milliseconds apart, a different few each round, to meet the
            // moment another one is switching the new file's journal mode.
            QThread::msleep(unsigned(i * (round % 15)));
            programs.push_back(std::make_unique<QProcess>());
            programs.back()->start(QStringLiteral(DIPTYCH_CLI),
                                   {QStringLiteral("index"), QStringLiteral("--library"), library, empty});
        }
        for (const auto &program : programs) {
            ASSERT_TRUE(program->waitForFinished(60000));
            EXPECT_EQ(program->exitCode(), 0) << program->readAllStandardError().toStdString();
        }
    }
}
