// diptych-cli fetch against tests/tools/official_server.py on 127.0.0.1 (OfficialServer):
// paging, an empty dossier, 404 and fout404, 500 then success, a timeout, a truncated body,
// malformed XML, HTML served as a PDF, a letter already in the library under another name,
// kill -9 in the middle of a fetch, the pace of the requests, and the official metadata
// winning over the analysis. Nothing here goes to the internet.
#include "CliRun.h"
#include "GuiApp.h"
#include "KamerstukPdfWriter.h"
#include "OfficialServer.h"
#include "TestData.h"

#include "library/LibraryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::CliRun;
using diptych::test::dataFile;
using diptych::test::OfficialServer;
using diptych::test::runCli;

namespace {

const QStringList kSamples = {QStringLiteral("000_a60e29c67b147090.txt"), QStringLiteral("001_76cb035f3064fde5.txt"),
                              QStringLiteral("002_e47a5db50cc64457.txt"), QStringLiteral("003_eafaf4e2d27f033a.txt"),
                              QStringLiteral("004_cd1c5c75dbeda8f3.txt")};

// Sample n typeset as a Kamerstuk PDF, made once per run.
QString typeset(int n)
{
    static QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sample-%1.pdf").arg(n));
    if (!QFile::exists(pdf)) {
        test::ensureGuiApp();
        test::KamerstukPdfWriter::fromSampleText(dataFile(kSamples[n]), pdf);
    }
    return pdf;
}

QString real(const char *name) { return dataFile(QStringLiteral("real/") + QLatin1String(name) + ".pdf"); }

QJsonObject facts(const char *title, const char *type = "Brief", const char *date = "2024-03-01")
{
    return QJsonObject{{QStringLiteral("title"), QString::fromUtf8(title)},
                       {QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("date"), QLatin1String(date)}};
}

// A library, its letters folder, and fetch runs against one server.
struct Library {
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("library.sqlite")); }
    QString folder() const { return dir.filePath(QStringLiteral("letters")); }

    QStringList fetchArgs(const OfficialServer &server, const QStringList &what) const
    {
        return QStringList{QStringLiteral("fetch")} + what
               + QStringList{
                   QStringLiteral("--library"), db(),         QStringLiteral("--into"), folder(),
                   QStringLiteral("--source"),  server.url(), QStringLiteral("--json"), QStringLiteral("--timeout"),
                   QStringLiteral("1")};
    }
    CliRun fetch(const OfficialServer &server, const QStringList &what) const
    {
        return runCli(fetchArgs(server, what));
    }
    QVector<LibraryEntry> entries() const
    {
        LibraryStore store(db());
        return store.open() ? store.entries() : QVector<LibraryEntry>();
    }
    QStringList selfIds() const
    {
        QStringList ids;
        for (const LibraryEntry &e : entries())
            ids << e.selfId;
        ids.sort();
        return ids;
    }
    QStringList files() const { return QDir(folder()).entryList(QDir::Files, QDir::Name); }
};

QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

QString statusOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &d : report.value(QStringLiteral("documents")).toArray()) {
        if (d.toObject().value(QStringLiteral("id")).toString() == id)
            return d.toObject().value(QStringLiteral("status")).toString() + QLatin1Char(' ')
                   + d.toObject().value(QStringLiteral("reason")).toString();
    }
    return QStringLiteral("absent");
}

QString fileHash(const QString &path) { return LibraryStore::hashFile(path); }

class OfficialFetch : public ::testing::Test
{
protected:
    void SetUp() override { qputenv("no_proxy", "127.0.0.1,localhost"); }

    // count reports in dossier 28676 from number first on, their PDFs served slowly.
    QStringList addSlowReports(int count, int first)
    {
        QStringList ids;
        for (int n = 0; n < count; ++n) {
            QJsonObject slow = facts("Verslag");
            slow.insert(QStringLiteral("pdf_behaviour"), QStringLiteral("slow"));
            ids << QStringLiteral("kst-28676-%1").arg(first + n);
            server.addDocument(QStringLiteral("28676"), ids.last(), typeset(n), slow);
        }
        return ids;
    }

    OfficialServer server;
    Library library;
};

} // namespace

TEST_F(OfficialFetch, aDossierOfSeveralPagesComesWholeAndASecondRunAddsNothing)
{
    server.addDocument(QStringLiteral("21501-02"), QStringLiteral("kst-21501-02-3121"), real("kst-21501-02-3121"),
                       facts("Motie van het lid Ceder over Gaza", "Motie", "2025-04-10"));
    for (int n = 0; n < 4; ++n)
        server.addDocument(QStringLiteral("21501-02"), QStringLiteral("kst-21501-02-%1").arg(3122 + n), typeset(n),
                           facts("Geannoteerde agenda"));
    server.setPageCap(2);
    ASSERT_TRUE(server.start());

    const CliRun first = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("21501-02")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(json(first).value(QStringLiteral("found")).toInt(), 5);
    EXPECT_EQ(json(first).value(QStringLiteral("added")).toInt(), 5);
    const QStringList ids = {QStringLiteral("kst-21501-02-3121"), QStringLiteral("kst-21501-02-3122"),
                             QStringLiteral("kst-21501-02-3123"), QStringLiteral("kst-21501-02-3124"),
                             QStringLiteral("kst-21501-02-3125")};
    EXPECT_EQ(library.selfIds(), ids);
    for (const LibraryEntry &e : library.entries()) {
        EXPECT_EQ(fileHash(e.path), fileHash(server.file(e.selfId + QStringLiteral(".served.pdf"))));
        EXPECT_TRUE(QFile::exists(QDir(library.folder()).filePath(e.selfId + QStringLiteral(".metadata.xml"))));
    }
    // Three pages of two, one after the other.
    const QVector<QJsonObject> pages = server.requestsTo(QStringLiteral("/sru"));
    ASSERT_EQ(pages.size(), 3);
    EXPECT_TRUE(pages[1].value(QStringLiteral("path")).toString().contains(QStringLiteral("startRecord=3")));
    EXPECT_TRUE(pages[2].value(QStringLiteral("path")).toString().contains(QStringLiteral("startRecord=5")));

    const int before = int(server.requests().size());
    const CliRun second = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("21501-02")});
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_EQ(json(second).value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(json(second).value(QStringLiteral("known")).toInt(), 5);
    EXPECT_EQ(library.selfIds(), ids);
    // Known by their official id: only the search was asked again, no file.
    for (int i = before; i < server.requests().size(); ++i)
        EXPECT_TRUE(server.requests()[i].value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/sru")));
}

TEST_F(OfficialFetch, requestsArePacedAndNameDiptych)
{
    for (int n = 0; n < 2; ++n)
        server.addDocument(QStringLiteral("28676"), QStringLiteral("kst-28676-%1").arg(500 + n), typeset(n),
                           facts("Verslag NAVO-top"));
    ASSERT_TRUE(server.start());
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("28676")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QVector<QJsonObject> requests = server.requests();
    ASSERT_EQ(requests.size(), 5); // one page, two PDFs, two metadata.xml
    for (int i = 0; i < requests.size(); ++i) {
        EXPECT_TRUE(requests[i].value(QStringLiteral("user_agent")).toString().startsWith(QStringLiteral("Diptych/")));
        if (i == 0)
            continue;
        // At most two a second (a little slack for the clock of the server's log).
        EXPECT_GE(requests[i].value(QStringLiteral("time")).toDouble()
                      - requests[i - 1].value(QStringLiteral("time")).toDouble(),
                  0.45);
    }
}

TEST_F(OfficialFetch, anEmptyDossierAddsNothingAndIsNoFailure)
{
    server.addEmptyDossier(QStringLiteral("36003"));
    ASSERT_TRUE(server.start());
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36003")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(json(run).value(QStringLiteral("found")).toInt(), 0);
    EXPECT_TRUE(library.entries().isEmpty());
}

TEST_F(OfficialFetch, aSearchThatFailsOnceIsRetriedAfterAPause)
{
    server.addDocument(QStringLiteral("36001"), QStringLiteral("kst-36001-1"), typeset(2), facts("Brief regering"));
    server.setSearchBehaviour(QStringLiteral("36001"), QStringLiteral("fail-once"));
    ASSERT_TRUE(server.start());
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36001")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-36001-1")});
    const QVector<QJsonObject> search = server.requestsTo(QStringLiteral("/sru"));
    ASSERT_EQ(search.size(), 2);
    EXPECT_EQ(search[0].value(QStringLiteral("status")).toInt(), 500);
    EXPECT_EQ(search[1].value(QStringLiteral("status")).toInt(), 200);
    EXPECT_GE(search[1].value(QStringLiteral("time")).toDouble() - search[0].value(QStringLiteral("time")).toDouble(),
              0.95); // the backoff
}

TEST_F(OfficialFetch, aMalformedSearchAnswerIsReportedAndAddsNothing)
{
    server.addDocument(QStringLiteral("36002"), QStringLiteral("kst-36002-1"), typeset(0), facts("Brief"));
    server.setSearchBehaviour(QStringLiteral("36002"), QStringLiteral("malformed"));
    ASSERT_TRUE(server.start());
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36002")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(json(run).value(QStringLiteral("search_error")).toString().contains(QStringLiteral("malformed")));
    EXPECT_TRUE(library.entries().isEmpty());
}

TEST_F(OfficialFetch, brokenDownloadsAreDiscardedAndReportedNeverAdded)
{
    const QString dossier = QStringLiteral("36000");
    QJsonObject truncated = facts("Afgebroken");
    truncated.insert(QStringLiteral("pdf_behaviour"), QStringLiteral("truncate"));
    QJsonObject html = facts("HTML");
    html.insert(QStringLiteral("pdf_behaviour"), QStringLiteral("html"));
    QJsonObject missing = facts("Weg");
    missing.insert(QStringLiteral("pdf_behaviour"), QStringLiteral("missing"));
    QJsonObject flaky = facts("Eerst 500");
    flaky.insert(QStringLiteral("pdf_behaviour"), QStringLiteral("fail-once"));
    QJsonObject stalled = facts("Blijft hangen");
    stalled.insert(QStringLiteral("pdf_behaviour"), QStringLiteral("timeout"));
    server.addDocument(dossier, QStringLiteral("kst-36000-1"), typeset(0), truncated);
    server.addDocument(dossier, QStringLiteral("kst-36000-2"), typeset(1), html);
    server.addDocument(dossier, QStringLiteral("kst-36000-3"), typeset(2), missing);
    server.addDocument(dossier, QStringLiteral("kst-36000-4"), typeset(3), flaky);
    server.addDocument(dossier, QStringLiteral("kst-36000-5"), typeset(4), stalled);
    server.setPageCap(10);
    ASSERT_TRUE(server.start());

    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), dossier});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject report = json(run);
    EXPECT_TRUE(statusOf(report, QStringLiteral("kst-36000-1")).startsWith(QStringLiteral("failed PDF: incomplete")))
        << statusOf(report, QStringLiteral("kst-36000-1")).toStdString();
    EXPECT_EQ(statusOf(report, QStringLiteral("kst-36000-2")), QStringLiteral("failed PDF: an HTML page, not a PDF"));
    EXPECT_TRUE(statusOf(report, QStringLiteral("kst-36000-3")).startsWith(QStringLiteral("failed PDF: not found")));
    EXPECT_EQ(statusOf(report, QStringLiteral("kst-36000-4")), QStringLiteral("added "));
    EXPECT_TRUE(statusOf(report, QStringLiteral("kst-36000-5")).startsWith(QStringLiteral("failed PDF: timed out")))
        << statusOf(report, QStringLiteral("kst-36000-5")).toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-36000-4")});
    EXPECT_EQ(library.files(),
              (QStringList{QStringLiteral("kst-36000-4.metadata.xml"), QStringLiteral("kst-36000-4.pdf")}));
    // 500 then success; the stalled one was tried three times.
    EXPECT_EQ(server.requestsTo(QStringLiteral("kst-36000-4.pdf")).size(), 2);
    EXPECT_EQ(server.requestsTo(QStringLiteral("kst-36000-5.pdf")).size(), 3);
    EXPECT_EQ(server.requestsTo(QStringLiteral("kst-36000-3.pdf")).size(), 1); // a 404 is not retried
}

TEST_F(OfficialFetch, oneKamerstukByItsIdAndAnUnknownOneThroughFout404)
{
    server.addDocument(QStringLiteral("21501-02"), QStringLiteral("kst-21501-02-3121"), real("kst-21501-02-3121"),
                       facts("Motie van het lid Ceder over Gaza", "Motie", "2025-04-10"));
    ASSERT_TRUE(server.start());
    const CliRun one = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("kst-21501-02-3121")});
    EXPECT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-21501-02-3121")});
    EXPECT_EQ(server.requestsTo(QStringLiteral("/kst-21501-02-3121.pdf")).size(), 1);

    const CliRun unknown = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("kst-21501-02-9999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(statusOf(json(unknown), QStringLiteral("kst-21501-02-9999"))
                    .startsWith(QStringLiteral("failed PDF: not found")))
        << statusOf(json(unknown), QStringLiteral("kst-21501-02-9999")).toStdString();
    EXPECT_EQ(server.requestsTo(QStringLiteral("fout404")).size(), 1);
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-21501-02-3121")});

    const CliRun notAKamerstuk = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("ah-tk-1")});
    EXPECT_EQ(notAKamerstuk.exitCode, 1);
}

// One Kamerstuk by id has no search record to give its metadata address, so the address is
// inferred; where it is wrong, the letter still comes, read by our analysis, and says so.
TEST_F(OfficialFetch, oneKamerstukByIdWhoseMetadataIsNotFoundComesWithoutIt)
{
    QJsonObject noMetadata = facts("Motie van het lid Ceder over Gaza", "Motie", "2025-04-10");
    noMetadata.insert(QStringLiteral("metadata_behaviour"), QStringLiteral("missing"));
    server.addDocument(QStringLiteral("21501-02"), QStringLiteral("kst-21501-02-3121"), real("kst-21501-02-3121"),
                       noMetadata);
    ASSERT_TRUE(server.start());
    const CliRun one = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("kst-21501-02-3121")});
    EXPECT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-21501-02-3121")});
    EXPECT_TRUE(statusOf(json(one), QStringLiteral("kst-21501-02-3121"))
                    .startsWith(QStringLiteral("added without official metadata (metadata.xml: not found")))
        << statusOf(json(one), QStringLiteral("kst-21501-02-3121")).toStdString();
    EXPECT_EQ(library.files(), QStringList{QStringLiteral("kst-21501-02-3121.pdf")});
}

// Its pages print another id (a real Aanhangsel) and no metadata says otherwise: the letter is
// still known by the id it was fetched by, then and after being analysed again.
TEST_F(OfficialFetch, aLetterFetchedByIdIsKnownByThatIdWhateverItsPagesPrint)
{
    QJsonObject noMetadata = facts("Brief van de minister over de NAVO-top", "Brief", "2024-06-20");
    noMetadata.insert(QStringLiteral("metadata_behaviour"), QStringLiteral("missing"));
    server.addDocument(QStringLiteral("99999"), QStringLiteral("kst-99999-8"), real("ah-tk-20232024-1314"), noMetadata);
    ASSERT_TRUE(server.start());
    const CliRun one = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("kst-99999-8")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-99999-8")});

    const CliRun rebuilt = runCli({QStringLiteral("index"), QStringLiteral("--rebuild"), QStringLiteral("--library"),
                                   library.db(), library.folder()});
    ASSERT_EQ(rebuilt.exitCode, 0) << rebuilt.err.toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-99999-8")});
    const CliRun again = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("kst-99999-8")});
    EXPECT_EQ(json(again).value(QStringLiteral("known")).toInt(), 1); // nothing fetched twice
}

TEST_F(OfficialFetch, aLetterTheReaderRemovedStaysOutOfItsDossierUntilAskedForById)
{
    server.addDocument(QStringLiteral("36007"), QStringLiteral("kst-36007-1"), typeset(0), facts("Brief"));
    server.addDocument(QStringLiteral("36007"), QStringLiteral("kst-36007-2"), typeset(1), facts("Verslag"));
    ASSERT_TRUE(server.start());
    const QStringList dossier = {QStringLiteral("--dossier"), QStringLiteral("36007")};
    ASSERT_EQ(json(library.fetch(server, dossier)).value(QStringLiteral("added")).toInt(), 2);
    {
        LibraryStore store(library.db());
        ASSERT_TRUE(store.open());
        const auto removed = store.bySelfId(QStringLiteral("kst-36007-1"));
        ASSERT_TRUE(removed.has_value());
        ASSERT_TRUE(store.remove(removed->hash));
        EXPECT_TRUE(store.wasRemoved(QStringLiteral("kst-36007-1")));
        EXPECT_FALSE(store.wasRemoved(QStringLiteral("kst-36007-2")));
    }

    const CliRun again = library.fetch(server, dossier);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(json(again).value(QStringLiteral("removed")).toInt(), 1);
    EXPECT_EQ(json(again).value(QStringLiteral("known")).toInt(), 1);
    EXPECT_EQ(json(again).value(QStringLiteral("added")).toInt(), 0);
    EXPECT_TRUE(statusOf(json(again), QStringLiteral("kst-36007-1")).startsWith(QStringLiteral("removed ")))
        << statusOf(json(again), QStringLiteral("kst-36007-1")).toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-36007-2")});

    // Asked for by its id, it comes back, and the dossier counts it as known again.
    const CliRun byId = library.fetch(server, {QStringLiteral("--id"), QStringLiteral("kst-36007-1")});
    EXPECT_EQ(json(byId).value(QStringLiteral("added")).toInt(), 1) << byId.out.toStdString();
    EXPECT_EQ(library.selfIds(), (QStringList{QStringLiteral("kst-36007-1"), QStringLiteral("kst-36007-2")}));
    const CliRun third = library.fetch(server, dossier);
    EXPECT_EQ(json(third).value(QStringLiteral("known")).toInt(), 2);
    EXPECT_EQ(json(third).value(QStringLiteral("removed")).toInt(), 0);
}

TEST_F(OfficialFetch, aLetterAlreadyInTheLibraryUnderAnotherNameIsNotAddedAgain)
{
    // The real motion, known by the id its pages print; a typeset letter, known by its bytes.
    QTemporaryDir mine;
    const QString motion = mine.filePath(QStringLiteral("motie-ceder.pdf"));
    const QString letter = mine.filePath(QStringLiteral("brief van de minister.pdf"));
    ASSERT_TRUE(QFile::copy(real("kst-21501-02-3121"), motion));
    ASSERT_TRUE(QFile::copy(typeset(3), letter));
    const CliRun indexed = runCli({QStringLiteral("index"), QStringLiteral("--library"), library.db(), mine.path()});
    ASSERT_EQ(indexed.exitCode, 0) << indexed.err.toStdString();
    server.addDocument(QStringLiteral("36004"), QStringLiteral("kst-21501-02-3121"), real("kst-21501-02-3121"),
                       facts("Motie van het lid Ceder over Gaza", "Motie"));
    server.addDocument(QStringLiteral("36004"), QStringLiteral("kst-36004-1"), typeset(3), facts("Brief"));
    ASSERT_TRUE(server.start());

    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36004")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(json(run).value(QStringLiteral("known")).toInt(), 2);
    EXPECT_TRUE(server.requestsTo(QStringLiteral("kst-21501-02-3121.pdf")).isEmpty()); // known by id
    const QVector<LibraryEntry> entries = library.entries();
    ASSERT_EQ(entries.size(), 2);
    QSet<QString> paths;
    for (const LibraryEntry &e : entries)
        paths.insert(e.path);
    EXPECT_EQ(paths, (QSet<QString>{motion, letter}));
    EXPECT_TRUE(library.files().isEmpty()) << library.files().join(QLatin1Char(' ')).toStdString();
    // The letter known by its bytes learnt its official id: the next run asks for nothing.
    LibraryStore store(library.db());
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.bySelfId(QStringLiteral("kst-36004-1")).has_value());
    EXPECT_EQ(store.bySelfId(QStringLiteral("kst-36004-1"))->path, letter);

    // Analysed again from scratch, the letter keeps the id it learnt.
    const CliRun rebuilt = runCli(
        {QStringLiteral("index"), QStringLiteral("--rebuild"), QStringLiteral("--library"), library.db(), mine.path()});
    ASSERT_EQ(rebuilt.exitCode, 0) << rebuilt.err.toStdString();
    ASSERT_TRUE(store.bySelfId(QStringLiteral("kst-36004-1")).has_value());
    EXPECT_EQ(store.bySelfId(QStringLiteral("kst-36004-1"))->path, letter);
}

TEST_F(OfficialFetch, killedInTheMiddleThenRunAgainGivesTheWholeSetOnce)
{
    const QStringList ids = addSlowReports(5, 501);
    server.setPageCap(10);
    ASSERT_TRUE(server.start());

    QProcess child;
    child.start(QStringLiteral(DIPTYCH_CLI),
                library.fetchArgs(server, {QStringLiteral("--dossier"), QStringLiteral("28676")}));
    ASSERT_TRUE(child.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    // Killed while the third PDF is on its way: two letters in, one half-read.
    while (server.requestsTo(QStringLiteral(".pdf")).size() < 3 && waited.elapsed() < 30000)
        QThread::msleep(20);
    QThread::msleep(300);
    child.kill(); // SIGKILL
    child.waitForFinished();
    const QStringList partial = library.selfIds();
    EXPECT_GE(partial.size(), 1);
    EXPECT_LT(partial.size(), 5);

    const CliRun rerun = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("28676")});
    EXPECT_EQ(rerun.exitCode, 0) << rerun.err.toStdString();
    EXPECT_EQ(library.selfIds(), ids); // each once
    for (const LibraryEntry &e : library.entries())
        EXPECT_EQ(fileHash(e.path), fileHash(server.file(e.selfId + QStringLiteral(".served.pdf"))));
    for (const QString &file : library.files())
        EXPECT_FALSE(file.endsWith(QStringLiteral(".part"))) << file.toStdString();
    EXPECT_EQ(library.files().size(), 10); // a PDF and a metadata.xml each
}

TEST_F(OfficialFetch, twoFetchesIntoOneFolderAtOnceGiveEachLetterOnceAndLeaveEachOthersFilesAlone)
{
    const QStringList ids = addSlowReports(3, 601);
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(QDir().mkpath(library.folder()));
    // What other runs left in the folder: a body of a process that is still running (a
    // sleeping child stands in for it), one of a process that is gone, one of an older
    // Diptych (NAME.part).
    QProcess alive;
    alive.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    ASSERT_TRUE(alive.waitForStarted());
    QProcess gone;
    gone.start(QStringLiteral("true"));
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 gonePid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    const auto leave = [this](const QString &name) {
        QFile part(QDir(library.folder()).filePath(name));
        return part.open(QIODevice::WriteOnly) && part.write("%PDF-1.7 half") > 0;
    };
    const QString running = QStringLiteral("kst-1-1.pdf.%1.part").arg(alive.processId());
    ASSERT_TRUE(leave(running));
    ASSERT_TRUE(leave(QStringLiteral("kst-1-2.pdf.%1.part").arg(gonePid)));
    ASSERT_TRUE(leave(QStringLiteral("kst-1-3.pdf.part")));

    QProcess first;
    first.start(QStringLiteral(DIPTYCH_CLI),
                library.fetchArgs(server, {QStringLiteral("--dossier"), QStringLiteral("28676")}));
    ASSERT_TRUE(first.waitForStarted());
    const CliRun second = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("28676")});
    ASSERT_TRUE(first.waitForFinished(120000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(library.selfIds(), ids); // each once
    for (const LibraryEntry &e : library.entries())
        EXPECT_EQ(fileHash(e.path), fileHash(server.file(e.selfId + QStringLiteral(".served.pdf"))));
    const QStringList parts = library.files().filter(QStringLiteral(".part"));
    EXPECT_EQ(parts, QStringList{running}); // the running process's own, nothing else
    alive.kill();
    alive.waitForFinished();
}

TEST_F(OfficialFetch, theOfficialMetadataWinsAndAnalyzeSaysWhereItDisagrees)
{
    // A real Aanhangsel served as Kamerstuk kst-99999-7, a Brief: its pages say otherwise.
    QJsonObject official = facts("Brief van de minister over de NAVO-top", "Brief", "2024-06-20");
    official.insert(QStringLiteral("indiener"), QStringLiteral("C.C.J. Veldkamp"));
    official.insert(QStringLiteral("ontvanger"), QStringLiteral("Voorzitter van de Tweede Kamer"));
    official.insert(QStringLiteral("vergaderjaar"), QStringLiteral("2023-2024"));
    server.addDocument(QStringLiteral("99999"), QStringLiteral("kst-99999-7"), real("ah-tk-20232024-1314"), official);
    ASSERT_TRUE(server.start());
    ASSERT_EQ(library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("99999")}).exitCode, 0);

    LibraryStore store(library.db());
    ASSERT_TRUE(store.open());
    const auto entry = store.bySelfId(QStringLiteral("kst-99999-7"));
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->title, QStringLiteral("Brief van de minister over de NAVO-top"));
    EXPECT_EQ(entry->docType, DocumentType::Brief);

    const CliRun analyzed =
        runCli({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--no-text"), entry->path});
    ASSERT_EQ(analyzed.exitCode, 0);
    const QJsonObject a = json(analyzed);
    EXPECT_EQ(a.value(QStringLiteral("self")).toString(), QStringLiteral("kst-99999-7"));
    EXPECT_EQ(a.value(QStringLiteral("doc_type")).toString(), QStringLiteral("brief"));
    const QJsonObject o = a.value(QStringLiteral("official")).toObject();
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QStringLiteral("2024-06-20"));
    EXPECT_EQ(o.value(QStringLiteral("dossier")).toString(), QStringLiteral("99999"));
    EXPECT_EQ(o.value(QStringLiteral("vergaderjaar")).toString(), QStringLiteral("2023-2024"));
    EXPECT_EQ(o.value(QStringLiteral("indiener")).toString(), QStringLiteral("C.C.J. Veldkamp"));
    EXPECT_EQ(o.value(QStringLiteral("ontvanger")).toString(), QStringLiteral("Voorzitter van de Tweede Kamer"));
    QHash<QString, QJsonObject> disagrees;
    for (const QJsonValue &d : a.value(QStringLiteral("metadata_disagrees")).toArray())
        disagrees.insert(d.toObject().value(QStringLiteral("field")).toString(), d.toObject());
    ASSERT_TRUE(disagrees.contains(QStringLiteral("self")));
    EXPECT_EQ(disagrees[QStringLiteral("self")].value(QStringLiteral("analysis")).toString(),
              QStringLiteral("ah-tk-20232024-1314"));
    ASSERT_TRUE(disagrees.contains(QStringLiteral("doc_type")));
    EXPECT_EQ(disagrees[QStringLiteral("doc_type")].value(QStringLiteral("analysis")).toString(),
              QStringLiteral("aanhangsel"));

    // A letter that was not fetched has neither.
    const CliRun plain = runCli({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--no-text"),
                                 real("ah-tk-20232024-1314")});
    EXPECT_FALSE(json(plain).contains(QStringLiteral("metadata_disagrees")));
}

TEST_F(OfficialFetch, aCertificateErrorIsReportedAndNeverIgnored)
{
    server.addDocument(QStringLiteral("21501-02"), QStringLiteral("kst-21501-02-3121"), real("kst-21501-02-3121"),
                       facts("Motie van het lid Ceder over Gaza", "Motie"));
    ASSERT_TRUE(server.start(true));
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("21501-02")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(
        json(run).value(QStringLiteral("search_error")).toString().startsWith(QStringLiteral("certificate error")))
        << json(run).value(QStringLiteral("search_error")).toString().toStdString();
    EXPECT_TRUE(library.entries().isEmpty());
    EXPECT_TRUE(server.requests().isEmpty()); // no request went over the refused connection
}

TEST_F(OfficialFetch, sinceLeavesOlderKamerstukkenAlone)
{
    server.addDocument(QStringLiteral("36005"), QStringLiteral("kst-36005-1"), typeset(0),
                       facts("Oud", "Brief", "2023-01-10"));
    server.addDocument(QStringLiteral("36005"), QStringLiteral("kst-36005-2"), typeset(1),
                       facts("Nieuw", "Brief", "2024-05-01"));
    ASSERT_TRUE(server.start());
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36005"),
                                              QStringLiteral("--since"), QStringLiteral("2024-01-01")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(json(run).value(QStringLiteral("found")).toInt(), 2);
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-36005-2")});
    EXPECT_TRUE(server.requestsTo(QStringLiteral("kst-36005-1.pdf")).isEmpty());

    const CliRun wrong = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36005"),
                                                QStringLiteral("--since"), QStringLiteral("mei")});
    EXPECT_EQ(wrong.exitCode, 2);
}

TEST_F(OfficialFetch, aCompressedSearchAnswerIsReadNotTakenForAShortOne)
{
    server.addDocument(QStringLiteral("36006"), QStringLiteral("kst-36006-1"), typeset(4), facts("Brief"));
    server.setSearchBehaviour(QStringLiteral("36006"), QStringLiteral("gzip"));
    ASSERT_TRUE(server.start());
    const CliRun run = library.fetch(server, {QStringLiteral("--dossier"), QStringLiteral("36006")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(library.selfIds(), QStringList{QStringLiteral("kst-36006-1")});
    const QVector<QJsonObject> search = server.requestsTo(QStringLiteral("/sru"));
    ASSERT_EQ(search.size(), 1);
    EXPECT_TRUE(search[0].value(QStringLiteral("accept_encoding")).toString().contains(QStringLiteral("gzip")))
        << "Qt asked for a compressed answer, so the server sent one";
}
