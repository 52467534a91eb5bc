// The search index as the program keeps it: filled from the library in the background,
// rebuilt from the Library menu, and searches that follow it without being asked.
#include "AppFixture.h"

#include "library/Library.h"
#include "library/LibraryIndex.h"
#include "library/LibraryIndexService.h"
#include "library/LibraryModel.h"
#include "library/LibraryPanel.h"
#include "links/LibrarySearchPanel.h"
#include "links/LinkDocks.h"
#include "links/SearchResultsModel.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

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

    // A new letter (a sample with a line of its own, so other bytes) in the test's folder.
    QString writeNewLetter(const QByteArray &extra)
    {
        QFile in(sample("001_76cb035f3064fde5.txt"));
        if (!in.open(QIODevice::ReadOnly))
            return QString();
        const QString path = m_dir.filePath(QStringLiteral("nieuwe-brief.txt"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(in.readAll() + extra);
        return path;
    }
};

// A connection of the test's own to the library database.
class TestConnection
{
public:
    explicit TestConnection(const QString &path) : m_name(QStringLiteral("test-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~TestConnection() { QSqlDatabase::removeDatabase(m_name); }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    QVariant value(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

// The title of the letter's row in the library list (the newest file leads its letter).
QString listedTitle(const LibraryModel *model, const QString &path)
{
    return model->indexForPath(path).data(Qt::DisplayRole).toString();
}

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

// The index is the one writer of a letter's facts. The library lists a new letter at once
// and shows what its analysis found while the index cannot write (its thread waits on a lock
// the test holds); then the documents row gets those facts once, from the index.
TEST_F(LibraryIndexServiceTest, anAnalysedLettersFactsAreWrittenOnceByTheIndexAndListedBeforeThat)
{
    ASSERT_TRUE(quiet());
    TestConnection db(service()->databasePath());
    // Every write of a documents row that carries an analysis's facts.
    ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE fact_writes (hash TEXT, title TEXT)")));
    ASSERT_TRUE(db.exec(QStringLiteral("CREATE TRIGGER fact_insert AFTER INSERT ON documents"
                                       " WHEN new.analysed <> '' BEGIN"
                                       " INSERT INTO fact_writes VALUES (new.hash, new.title); END")));
    ASSERT_TRUE(db.exec(QStringLiteral("CREATE TRIGGER fact_update AFTER UPDATE OF path, title, kind, doc_type,"
                                       " format, pages, self_id, meeting, analysed ON documents"
                                       " WHEN new.analysed <> '' BEGIN"
                                       " INSERT INTO fact_writes VALUES (new.hash, new.title); END")));
    const QString path = writeNewLetter("\nEen regel die alleen deze brief heeft.\n");
    ASSERT_FALSE(path.isEmpty());
    const QString hash = LibraryStore::hashFile(path);
    const auto stored = [&](const char *column) {
        return db.value(QStringLiteral("SELECT ") + QLatin1String(column)
                            + QStringLiteral(" FROM documents WHERE hash = ?"),
                        {hash});
    };

    LibraryModel *model = window()->libraryPanel()->model();
    QString error;
    ASSERT_TRUE(m_app->library().add(path, &error)) << error.toStdString();
    EXPECT_EQ(listedTitle(model, path), QStringLiteral("nieuwe-brief")) << "listed at once under its file name";
    EXPECT_EQ(stored("title").toString(), QString());

    // The index thread cannot write until the lock goes (it waits up to the busy timeout).
    ASSERT_TRUE(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().byHash(hash)->isAnalysed(); }, 8000));
    const std::optional<LibraryEntry> shown = m_app->library().byHash(hash);
    ASSERT_TRUE(shown.has_value());
    EXPECT_FALSE(shown->title.isEmpty());
    EXPECT_EQ(listedTitle(model, path), shown->title) << "the list shows the analysis before the index wrote it";
    EXPECT_EQ(stored("title").toString(), QString()) << "nothing but the index writes the facts";
    EXPECT_EQ(stored("analysed").toString(), QString());
    ASSERT_TRUE(db.exec(QStringLiteral("ROLLBACK")));

    ASSERT_TRUE(quiet());
    EXPECT_EQ(db.value(QStringLiteral("SELECT COUNT(*) FROM fact_writes WHERE hash = ?"), {hash}).toInt(), 1)
        << "the letter's facts are written once";
    EXPECT_EQ(stored("title").toString(), shown->title);
    EXPECT_NE(stored("indexed").toString(), QString()) << "in the transaction that wrote its search rows";
    EXPECT_EQ(listedTitle(model, path), shown->title);

    // Opening the same letter again writes nothing: its facts are there.
    window()->openDocument(path);
    ASSERT_TRUE(quiet());
    EXPECT_EQ(db.value(QStringLiteral("SELECT COUNT(*) FROM fact_writes WHERE hash = ?"), {hash}).toInt(), 1);
    EXPECT_EQ(m_app->library().byHash(hash)->title, shown->title);
}
