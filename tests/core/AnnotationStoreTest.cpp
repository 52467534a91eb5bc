#include "TestData.h"

#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace diptych;

namespace {

Annotation sampleAnnotation()
{
    Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("c0ffee"));
    a.color = QColor(QStringLiteral("#88cc44"));
    a.author = QStringLiteral("Anne de Vries");
    a.note = QStringLiteral("Navragen bij DVB: wat is de inzet voor de top in Den Haag?");
    a.tags = {QStringLiteral("navo-top"), QStringLiteral("navragen")};
    a.quote = {QStringLiteral("de NAVO-top in Den Haag"), QStringLiteral("voorbereiding van "),
               QStringLiteral(" in juni 2025")};
    a.position = {120, 143};
    a.areas = {PageArea{0, {QRectF(72.5, 400.25, 210, 11.5), QRectF(72.5, 412.75, 80.125, 11.5)}},
               PageArea{1, {QRectF(72, 90, 33.3, 11)}}};
    return a;
}

QStringList movedAsideFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Opens the file with SQLite directly, as a second look that does not go through the store.
QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("unreadable");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

QProcess *startWriter(const QString &db, const QString &prefix, int count, QObject *parent = nullptr)
{
    auto *p = new QProcess(parent);
    p->setProgram(QStringLiteral(DIPTYCH_ANNOTATION_WRITER));
    p->setArguments({db, prefix, QString::number(count)});
    p->start();
    return p;
}

} // namespace

TEST(AnnotationStore, defaultDatabaseIsTheLibraryFile)
{
    QStandardPaths::setTestModeEnabled(true);
    EXPECT_EQ(SqliteAnnotationStore().databasePath(), LibraryStore::defaultDatabasePath());
}

TEST(AnnotationStore, annotationComesBackWithEveryField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    const Annotation a = sampleAnnotation();
    {
        SqliteAnnotationStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        ASSERT_TRUE(store.put(a)) << store.error().toStdString();
    }
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open());
    const std::optional<Annotation> back = store.byId(a.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->note, a.note);
    EXPECT_EQ(back->tags, a.tags);
    EXPECT_EQ(back->created, a.created);
    EXPECT_EQ(back->created.timeSpec(), Qt::UTC);
    EXPECT_TRUE(*back == a);
}

TEST(AnnotationStore, putReplacesByIdAndRemoveDeletesWithTags)
{
    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(store.open());
    Annotation a = sampleAnnotation();
    ASSERT_TRUE(store.put(a));
    a.note = QStringLiteral("Bijgewerkt");
    a.tags = {QStringLiteral("afgehandeld")};
    a.color = QColor(Qt::red);
    ASSERT_TRUE(store.put(a));
    EXPECT_EQ(store.count(), 1);
    EXPECT_EQ(store.byId(a.id)->tags, QStringList{QStringLiteral("afgehandeld")});
    EXPECT_EQ(store.byId(a.id)->color, QColor(Qt::red));
    ASSERT_TRUE(store.remove(a.id));
    EXPECT_EQ(store.count(), 0);
    EXPECT_FALSE(store.byId(a.id).has_value());
}

TEST(AnnotationStore, byDocumentReturnsOnlyThatDocumentsAnnotationsOldestFirst)
{
    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(store.open());
    Annotation older = sampleAnnotation();
    older.created = older.created.addSecs(-60);
    Annotation newer = sampleAnnotation();
    Annotation other = sampleAnnotation();
    other.documentHash = QStringLiteral("beef");
    ASSERT_TRUE(store.putAll({newer, other, older}));
    const QVector<Annotation> found = store.byDocument(QStringLiteral("c0ffee"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].id, older.id);
    EXPECT_EQ(found[1].id, newer.id);
    EXPECT_EQ(store.all().size(), 3);
}

TEST(AnnotationStore, putAllStoresNothingWhenOneAnnotationIsInvalid)
{
    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(store.open());
    Annotation broken = sampleAnnotation();
    broken.id.clear();
    EXPECT_FALSE(store.putAll({sampleAnnotation(), broken}));
    EXPECT_FALSE(store.error().isEmpty());
    EXPECT_EQ(store.count(), 0);
}

TEST(AnnotationStore, livesInTheLibraryDatabaseBesideTheLibraryTables)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    LibraryStore library(path);
    ASSERT_TRUE(library.open());
    ASSERT_TRUE(library.add(QStringLiteral("c0ffee"), QStringLiteral("/letters/verslag.pdf")));
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    ASSERT_TRUE(store.put(sampleAnnotation()));
    EXPECT_EQ(store.schemaVersion(), SqliteAnnotationStore::currentSchemaVersion());
    EXPECT_EQ(library.schemaVersion(), LibraryStore::currentSchemaVersion());
    EXPECT_TRUE(library.byHash(QStringLiteral("c0ffee")).has_value());
    EXPECT_TRUE(store.movedAsidePath().isEmpty());
    // Opening again migrates nothing twice.
    SqliteAnnotationStore again(path);
    ASSERT_TRUE(again.open()) << again.error().toStdString();
    EXPECT_EQ(again.count(), 1);
}

TEST(AnnotationStore, usesWalWithFullSynchronousCommits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.put(sampleAnnotation()));
    EXPECT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
    db.setDatabaseName(path);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
}

TEST(AnnotationStore, randomBytesAreMovedAsideWithATimestampAndAFreshDatabaseIsMade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator gen(4);
    for (char &c : noise)
        c = char(gen.bounded(256));
    writeFile(path, noise);
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_FALSE(store.error().isEmpty()); // reported
    ASSERT_EQ(movedAsideFiles(dir).size(), 1);
    EXPECT_TRUE(movedAsideFiles(dir).first().contains(QRegularExpression(QStringLiteral("damaged-\\d{8}-\\d{6}$"))));
    QFile moved(store.movedAsidePath());
    ASSERT_TRUE(moved.open(QIODevice::ReadOnly));
    EXPECT_EQ(moved.readAll(), noise); // kept as it was, not overwritten
    EXPECT_EQ(store.count(), 0);
    EXPECT_TRUE(store.put(sampleAnnotation()));
}

TEST(AnnotationStore, truncatedDatabaseIsMovedAsideAndReplaced)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        SqliteAnnotationStore store(path);
        ASSERT_TRUE(store.open());
        QVector<Annotation> many;
        for (int i = 0; i < 300; ++i) {
            Annotation a = sampleAnnotation();
            a.note = QString(200, QLatin1Char('x')) + QString::number(i);
            many.append(a);
        }
        ASSERT_TRUE(store.putAll(many));
    }
    // Closing the last connection checkpoints the WAL into the main file.
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 16 * 4096);
    ASSERT_TRUE(f.resize(size / 3));
    f.close();

    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_TRUE(store.error().contains(QStringLiteral("damaged")));
    EXPECT_FALSE(store.movedAsidePath().isEmpty());
    EXPECT_EQ(QFileInfo(store.movedAsidePath()).size(), size / 3);
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(integrityOf(path), QStringLiteral("ok"));
}

TEST(AnnotationStore, processKilledMidStreamLosesAtMostTheEditInFlight)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    std::unique_ptr<QProcess> writer(startWriter(path, QStringLiteral("kill"), 1000000));
    ASSERT_TRUE(writer->waitForStarted());
    int reported = -1;
    QByteArray pending;
    while (reported < 150 && writer->state() == QProcess::Running) {
        writer->waitForReadyRead(5000);
        pending += writer->readAllStandardOutput();
        const int lastLine = pending.lastIndexOf("committed ");
        if (lastLine >= 0 && pending.indexOf('\n', lastLine) > 0)
            reported = pending.mid(lastLine + 10, pending.indexOf('\n', lastLine) - lastLine - 10).toInt();
    }
    ASSERT_GE(reported, 150) << writer->readAllStandardError().toStdString();
    ::kill(writer->processId(), SIGKILL);
    ASSERT_TRUE(writer->waitForFinished());
    EXPECT_EQ(writer->exitStatus(), QProcess::CrashExit);

    EXPECT_EQ(integrityOf(path), QStringLiteral("ok"));
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_TRUE(store.movedAsidePath().isEmpty());
    const QVector<Annotation> all = store.all();
    // Every reported edit is there, plus at most the one in flight; none half written.
    ASSERT_GE(all.size(), reported + 1);
    ASSERT_LE(all.size(), reported + 2);
    QSet<QString> ids;
    for (const Annotation &a : all) {
        ids.insert(a.id);
        EXPECT_EQ(a.tags.size(), 2) << a.id.toStdString();
    }
    for (int i = 0; i <= reported; ++i)
        EXPECT_TRUE(ids.contains(QStringLiteral("kill-%1").arg(i))) << i;
}

TEST(AnnotationStore, twoProcessesWritingAtOnceLoseAndCorruptNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    const int each = 80;
    std::unique_ptr<QProcess> first(startWriter(path, QStringLiteral("eerste"), each));
    std::unique_ptr<QProcess> second(startWriter(path, QStringLiteral("tweede"), each));
    // And this process reads and writes meanwhile.
    SqliteAnnotationStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    for (int i = 0; i < 20; ++i) {
        Annotation a = sampleAnnotation();
        ASSERT_TRUE(store.put(a)) << store.error().toStdString();
        EXPECT_GE(store.all().size(), i + 1);
    }
    for (QProcess *p : {first.get(), second.get()}) {
        ASSERT_TRUE(p->waitForFinished(60000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    }
    EXPECT_EQ(store.count(), 2 * each + 20);
    for (const QString &prefix : {QStringLiteral("eerste"), QStringLiteral("tweede")}) {
        for (int i = 0; i < each; ++i) {
            const std::optional<Annotation> a = store.byId(prefix + QLatin1Char('-') + QString::number(i));
            ASSERT_TRUE(a.has_value()) << prefix.toStdString() << i;
            EXPECT_EQ(a->tags.size(), 2);
        }
    }
    EXPECT_EQ(integrityOf(path), QStringLiteral("ok"));
    EXPECT_TRUE(movedAsideFiles(dir).isEmpty());
}

// Teams: every edit waits in the outbox until a sync takes it; edits of an item not yet sent
// share one entry, and the store of someone who never syncs stays one entry per item.
TEST(AnnotationStoreOutbox, everyEditOfAnItemWaitsAsOneEntryUntilSent)
{
    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("outbox.db")));
    ASSERT_TRUE(store.open());
    Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("doc"));
    ASSERT_TRUE(store.put(a));
    a.note = QStringLiteral("bewerkt");
    ASSERT_TRUE(store.put(a));
    const AnnotationReply reply = AnnotationReply::create(a.id, QStringLiteral("antwoord"));
    ASSERT_TRUE(store.putReply(reply));
    EXPECT_EQ(store.journal().waitingCount(), 2);
    EXPECT_EQ(store.replies(a.id), QVector<AnnotationReply>{reply});
    EXPECT_EQ(store.replyById(reply.id)->text, QStringLiteral("antwoord"));

    // Once an entry went out, a later edit is a new one (the first may have arrived).
    const QVector<OutboxEntry> waiting = store.journal().waiting(10);
    ASSERT_TRUE(store.journal().markAttempted(waiting.first().edit));
    a.note = QStringLiteral("nog eens");
    ASSERT_TRUE(store.put(a));
    EXPECT_EQ(store.journal().waitingCount(), 3);
    ASSERT_TRUE(store.remove(reply.id));
    EXPECT_TRUE(store.replies(a.id).isEmpty());
    EXPECT_EQ(store.journal().waitingCount(), 3);
}

// Another server: its revisions mean nothing here, but whose notes they are still does.
TEST(AnnotationStoreOutbox, startingOverForgetsRevisionsButNotWhoseNotesTheyAre)
{
    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("outbox.db")));
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.journal().setRole(QStringLiteral("alice")));
    const Annotation mine = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("doc"));
    ASSERT_TRUE(store.put(mine));
    ASSERT_TRUE(store.recordPushed(store.journal().waiting(1).first(), 5, QStringLiteral("alice"), QString()));
    SyncedChange theirs;
    theirs.item = QStringLiteral("van-bob");
    theirs.annotation = Annotation::create(AnnotationKind::Highlight, QStringLiteral("doc"));
    theirs.annotation.id = theirs.item;
    theirs.revision = 6;
    theirs.owner = QStringLiteral("bob");
    SyncedChange gone;
    gone.kind = SyncedChange::Kind::Removal;
    gone.item = QStringLiteral("weg");
    gone.revision = 7;
    gone.owner = QStringLiteral("alice");
    ASSERT_EQ(store.applySynced({theirs, gone}, 7), 2);
    ASSERT_TRUE(store.journal().setTeams(QStringList{QStringLiteral("directie")}));
    EXPECT_TRUE(store.journal().unsyncedOwn().isEmpty());

    ASSERT_TRUE(store.startOver(QStringLiteral("server-2"), QStringLiteral("anne")));
    const SyncJournal journal = store.journal();
    EXPECT_EQ(journal.pulledRevision(), 0);
    EXPECT_FALSE(journal.teams().has_value());
    EXPECT_EQ(journal.role(), QStringLiteral("anne"));
    EXPECT_EQ(journal.server(), QStringLiteral("server-2"));
    EXPECT_EQ(journal.synced(mine.id)->revision, 0);
    EXPECT_EQ(journal.synced(mine.id)->owner, QStringLiteral("anne"));
    EXPECT_EQ(journal.synced(theirs.item)->owner, QStringLiteral("bob"));
    EXPECT_TRUE(journal.isSomeoneElses(theirs.item));
    EXPECT_FALSE(journal.isSomeoneElses(mine.id));
    EXPECT_EQ(store.count(), 2); // nothing lost
    EXPECT_EQ(journal.waitingCount(), 0);
    EXPECT_EQ(journal.unsyncedOwn(), QStringList{mine.id}); // not bob's, not the one deleted

    ASSERT_TRUE(store.offer(journal.unsyncedOwn()));
    EXPECT_EQ(journal.waitingCount(), 1);
    EXPECT_TRUE(journal.unsyncedOwn().isEmpty());
}

// The program reads a library's replies in one query; each annotation's oldest first.
TEST(AnnotationStoreReplies, allRepliesComeInOneReadOldestFirstPerAnnotation)
{
    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("replies.db")));
    ASSERT_TRUE(store.open());
    const QDateTime early(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    auto reply = [&](const QString &annotation, int minutes) {
        AnnotationReply r = AnnotationReply::create(annotation, QStringLiteral("r%1").arg(minutes));
        r.created = r.modified = early.addSecs(60 * minutes);
        EXPECT_TRUE(store.putReply(r));
        return r;
    };
    const AnnotationReply b2 = reply(QStringLiteral("b"), 2), a5 = reply(QStringLiteral("a"), 5),
                          a1 = reply(QStringLiteral("a"), 1);
    EXPECT_EQ(store.allReplies(), (QVector<AnnotationReply>{a1, a5, b2}));
    EXPECT_EQ(store.replies(QStringLiteral("a")), (QVector<AnnotationReply>{a1, a5}));
    // Never synced: everything is this user's own.
    EXPECT_FALSE(store.isSomeoneElses(a1.id));
}
