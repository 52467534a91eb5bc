// Typing a note in the real program and killing it (SIGKILL) midway: the database keeps all
// that was typed but, at most, the last second (issue 13: typing must stay cheap, but a
// kill -9 may lose no more than that). The program is tests/tools/note_typist.
#include "annotations/SqliteAnnotationStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace diptych;

namespace {

constexpr qint64 kMayLoseMs = 1000;
constexpr qint64 kTypeForMs = 2500;

// What the typist has said so far: the note's id, and when each key was reported handled.
struct Typing {
    QString id;
    QVector<qint64> typedAt; // ms on the test's clock, one per key, in order
    QByteArray pending;

    void read(const QByteArray &bytes, qint64 now)
    {
        pending += bytes;
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("note "))
                id = QString::fromLatin1(line.mid(5));
            else if (line.startsWith("typed "))
                typedAt.append(now);
        }
    }
    // Keys reported handled at least ms before `at`.
    int typedBefore(qint64 at, qint64 ms) const
    {
        int n = 0;
        while (n < typedAt.size() && typedAt[n] <= at - ms)
            ++n;
        return n;
    }
};

} // namespace

TEST(NoteTypingKill, aKilledProgramLosesAtMostTheLastSecondOfTyping)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString text;
    while (text.size() < 2000)
        text += QStringLiteral("Vragen aan de minister over de toezegging van vorige week. ");
    QProcess typist;
    typist.start(QStringLiteral(DIPTYCH_NOTE_TYPIST), {dir.path(), text, QStringLiteral("20")});
    ASSERT_TRUE(typist.waitForStarted());

    Typing typing;
    QElapsedTimer clock;
    clock.start();
    qint64 firstKey = -1;
    while (typist.state() == QProcess::Running && clock.elapsed() < 60000) {
        typist.waitForReadyRead(100);
        typing.read(typist.readAllStandardOutput(), clock.elapsed());
        if (firstKey < 0 && !typing.typedAt.isEmpty())
            firstKey = typing.typedAt.first();
        if (firstKey >= 0 && clock.elapsed() - firstKey >= kTypeForMs)
            break;
    }
    ASSERT_FALSE(typing.id.isEmpty()) << typist.readAllStandardError().toStdString();
    ASSERT_EQ(typist.state(), QProcess::Running) << typist.readAllStandardError().toStdString();
    ::kill(typist.processId(), SIGKILL);
    const qint64 killedAt = clock.elapsed();
    ASSERT_TRUE(typist.waitForFinished());
    typing.read(typist.readAllStandardOutput(), killedAt);
    ASSERT_LT(typing.typedAt.size(), text.size()) << "the typist must be killed while typing";

    SqliteAnnotationStore store(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    const std::optional<Annotation> note = store.byId(typing.id);
    ASSERT_TRUE(note.has_value()) << "the note was made before typing began";
    const int mustHave = typing.typedBefore(killedAt, kMayLoseMs);
    EXPECT_GT(mustHave, 20) << "the typing ran long enough to test the bound";
    EXPECT_TRUE(text.startsWith(note->note)) << "what is stored is what was typed, in order";
    EXPECT_GE(note->note.size(), mustHave)
        << "typed " << typing.typedAt.size() << " keys, stored " << note->note.size() << ", of which " << mustHave
        << " were typed more than a second before the kill";
    std::printf("typed %d keys, stored %d, lost %d (allowed: the last %lld ms, %d keys)\n", int(typing.typedAt.size()),
                int(note->note.size()), int(typing.typedAt.size() - note->note.size()), kMayLoseMs,
                int(typing.typedAt.size()) - mustHave);
}
