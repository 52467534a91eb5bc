// A disk that is really full: diptych-cli writes annotations into a store on a 2 MB tmpfs,
// mounted in a mount namespace of its own (unshare -m), until the disk has no room. The
// import that does not fit fails whole with a message that says the disk is full; what was
// stored before is kept, and the store is not taken for damaged and moved aside.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

constexpr int kCannotMount = 77;

QJsonArray notes(int count, int noteLength)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject body;
        body.insert(QStringLiteral("type"), QStringLiteral("TextualBody"));
        body.insert(QStringLiteral("purpose"), QStringLiteral("commenting"));
        body.insert(QStringLiteral("value"),
                    QString(QStringLiteral("Notitie %1 ").arg(i) + QString(noteLength, QLatin1Char('x'))));
        const QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                {QStringLiteral("exact"), QStringLiteral("Oekraïne")}};
        items.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Annotation")},
                        {QStringLiteral("motivation"), QStringLiteral("commenting")},
                        {QStringLiteral("body"), QJsonArray{body}},
                        {QStringLiteral("target"), QJsonObject{{QStringLiteral("selector"), QJsonArray{quote}}}}});
    }
    return items;
}

void write(const QString &path, const QJsonArray &items)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

} // namespace

TEST(FullDisk, anImportThatDoesNotFitFailsWholeSaysTheDiskIsFullAndKeepsTheStore)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString small = dir.filePath(QStringLiteral("small.json"));
    const QString big = dir.filePath(QStringLiteral("big.json"));
    write(small, notes(3, 40));
    write(big, notes(5000, 400)); // about 3 MB of notes for a 2 MB disk
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("disk")));

    // Steps 1 to 3 in one namespace, so they all see the same small disk.
    const QString script = QStringLiteral(
        R"(mount -t tmpfs -o size=2m tmpfs "$D/disk" || exit 77
for step in "1 $SMALL" "2 $BIG"; do set -- $step
  "$CLI" annotations import --store "$D/disk/s.db" "$DOC" "$2" > "$D/$1.out" 2> "$D/$1.err"; echo $? > "$D/$1.rc"
done
"$CLI" annotations list --store "$D/disk/s.db" "$DOC" > "$D/3.out" 2> "$D/3.err"; echo $? > "$D/3.rc"
ls "$D/disk" > "$D/files")");
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("D"), dir.path());
    env.insert(QStringLiteral("SMALL"), small);
    env.insert(QStringLiteral("BIG"), big);
    env.insert(QStringLiteral("CLI"), QStringLiteral(DIPTYCH_CLI));
    env.insert(QStringLiteral("DOC"), QStringLiteral(DIPTYCH_TEST_DATA "/001_76cb035f3064fde5.txt"));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    ASSERT_TRUE(shell.waitForFinished(120000));
    if (shell.exitCode() == kCannotMount || shell.exitCode() == 1)
        GTEST_SKIP() << "no tmpfs can be mounted here (needs root or user namespaces): "
                     << shell.readAllStandardError().toStdString();
    ASSERT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();

    EXPECT_EQ(read(dir.filePath(QStringLiteral("1.rc"))), QStringLiteral("0"))
        << read(dir.filePath(QStringLiteral("1.err"))).toStdString();
    EXPECT_EQ(read(dir.filePath(QStringLiteral("2.rc"))), QStringLiteral("1"));
    const QString message = read(dir.filePath(QStringLiteral("2.err")));
    EXPECT_TRUE(message.contains(QStringLiteral("the disk is full"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("unchanged"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Unable to fetch row"))) << message.toStdString();
    // The three notes from before, none of the import that did not fit.
    EXPECT_EQ(read(dir.filePath(QStringLiteral("3.rc"))), QStringLiteral("0"));
    EXPECT_EQ(read(dir.filePath(QStringLiteral("3.out"))).split(QLatin1Char('\n')).size(), 3)
        << read(dir.filePath(QStringLiteral("3.out"))).toStdString();
    EXPECT_FALSE(read(dir.filePath(QStringLiteral("files"))).contains(QStringLiteral("damaged")))
        << read(dir.filePath(QStringLiteral("files"))).toStdString();
    EXPECT_TRUE(read(dir.filePath(QStringLiteral("3.err"))).isEmpty()) << "nothing was moved aside to report";
}
