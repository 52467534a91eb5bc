// SIGTERM (a session that ends, a `kill`) quits the real program in order, as File › Quit
// does: exit status 0, the session saved, every typed key of a note in the database. Left to
// the default, the process ended on the spot and lost up to half a second of typing.
#include "annotations/SqliteAnnotationStore.h"
#include "shell/SingleInstance.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace diptych;

namespace {

// The program answers on its single-instance socket once it has started.
bool waitUntilListening(const QString &database, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            QLocalSocket socket;
            socket.connectToServer(SingleInstance::serverName(database));
            return socket.waitForConnected(100);
        },
        timeoutMs);
}

} // namespace

TEST(QuitOnSignal, sigtermQuitsTheProgramInOrderAndSavesItsSession)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess program;
    program.setProcessEnvironment(env);
    const QString letter = QStringLiteral(DIPTYCH_REAL_PDFS "/ah-tk-20232024-2271.pdf");
    program.start(QStringLiteral(DIPTYCH_PROGRAM), {letter});
    ASSERT_TRUE(program.waitForStarted());
    ASSERT_TRUE(waitUntilListening(dir.filePath(QStringLiteral("data/diptych/library.sqlite")), 30000))
        << program.readAllStandardError().toStdString();

    QElapsedTimer clock;
    clock.start();
    ::kill(program.processId(), SIGTERM);
    ASSERT_TRUE(program.waitForFinished(10000));
    std::printf("quit %lld ms after SIGTERM, the samples still being analysed and indexed\n",
                static_cast<long long>(clock.elapsed()));
    EXPECT_EQ(program.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(program.exitCode(), 0);

    QSettings saved(dir.filePath(QStringLiteral("config/diptych/diptych.ini")), QSettings::IniFormat);
    EXPECT_FALSE(saved.value(QStringLiteral("window/state")).toByteArray().isEmpty());
    EXPECT_EQ(saved.value(QStringLiteral("session/tabs/1/left")).toString(), letter);
}

TEST(QuitOnSignal, sigtermWhileTypingANoteKeepsEveryKeyTyped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString text = QStringLiteral("Vragen aan de minister over de toezegging van vorige week. ").repeated(10);
    QProcess typist;
    typist.start(QStringLiteral(DIPTYCH_NOTE_TYPIST), {dir.path(), text, QStringLiteral("20")});
    ASSERT_TRUE(typist.waitForStarted());
    QByteArray out;
    // Stop between two deferred writes: 40 keys at 20 ms, the last ones not yet written.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            typist.waitForReadyRead(50);
            out += typist.readAllStandardOutput();
            return out.count("typed ") >= 40;
        },
        60000))
        << typist.readAllStandardError().toStdString();
    ::kill(typist.processId(), SIGTERM);
    ASSERT_TRUE(typist.waitForFinished(10000));
    out += typist.readAllStandardOutput();
    EXPECT_EQ(typist.exitStatus(), QProcess::NormalExit);

    const qsizetype noteLine = out.indexOf("note ");
    ASSERT_GE(noteLine, 0);
    const QString id = QString::fromLatin1(out.mid(noteLine + 5, out.indexOf('\n', noteLine) - noteLine - 5));
    const int typed = int(out.count("typed "));
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    const std::optional<Annotation> note = store.byId(id);
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->note, text.left(typed)) << "typed " << typed << " keys, stored " << note->note.size();
}
