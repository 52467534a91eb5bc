// diptych-cli's one usage table as users and the README see it: --help, COMMAND --help,
// usage errors, and options on either side of the files.
#include "CliRun.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using diptych::test::CliRun;
using diptych::test::dataFile;
using diptych::test::runCli;

namespace {

const QStringList kCommands{QStringLiteral("analyze"),     QStringLiteral("compare"),    QStringLiteral("links"),
                            QStringLiteral("annotations"), QStringLiteral("export-pdf"), QStringLiteral("export-notes"),
                            QStringLiteral("print"),       QStringLiteral("handout"),    QStringLiteral("index"),
                            QStringLiteral("search"),      QStringLiteral("fetch")};

// The text of the first ``` block under the README's "Command line" heading.
QByteArray readmeUsageBlock()
{
    QFile readme(QStringLiteral(DIPTYCH_TEST_DATA "/../../README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = readme.readAll();
    const qsizetype heading = text.indexOf("## Command line: `diptych-cli`");
    const qsizetype open = text.indexOf("\n```\n", heading);
    const qsizetype close = text.indexOf("\n```\n", open + 4);
    if (heading < 0 || open < 0 || close < 0)
        return {};
    return text.mid(open + 5, close + 1 - (open + 5));
}

std::string usageOf(const QString &command) { return runCli({command, QStringLiteral("--help")}).out.toStdString(); }

std::string text(const QByteArray &bytes) { return bytes.toStdString(); }

} // namespace

TEST(CliUsage, theReadmeBlockIsTheHelpText)
{
    const CliRun help = runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.err.isEmpty());
    ASSERT_FALSE(help.out.isEmpty());
    EXPECT_EQ(readmeUsageBlock().toStdString(), help.out.toStdString())
        << "README.md's block under \"Command line\" must be the output of diptych-cli --help";
}

TEST(CliUsage, dashHIsHelpAndNoArgumentsIsAUsageError)
{
    const QByteArray help = runCli({QStringLiteral("--help")}).out;
    const CliRun h = runCli({QStringLiteral("-h")});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_EQ(text(h.out), text(help));
    const CliRun none = runCli({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.out.isEmpty());
    EXPECT_EQ(text(none.err), text(help));
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(text(unknown.err), "diptych-cli: unknown command 'frobnicate'\n" + text(help));
}

TEST(CliUsage, everyCommandHasAHelpOfItsOwnThatIsPartOfTheFullOne)
{
    const QByteArray full = runCli({QStringLiteral("--help")}).out;
    for (const QString &command : kCommands) {
        const CliRun run = runCli({command, QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command.toStdString();
        ASSERT_TRUE(run.out.startsWith("usage:\n")) << run.out.toStdString();
        const QByteArray synopsis = "diptych-cli " + command.toUtf8() + ' ';
        EXPECT_TRUE(run.out.contains(QByteArray("\n  " + synopsis))) << run.out.toStdString();
        EXPECT_TRUE(full.contains(QByteArray('\n' + synopsis)) || full.startsWith(synopsis)) << command.toStdString();
    }
    const std::string print = usageOf(QStringLiteral("print"));
    for (const char *option : {"--store DB", "--notes margin|appendix", "--no-annotations", "--only-annotated",
                               "--pages A-B", "--greyscale"})
        EXPECT_NE(print.find(std::string("\n  ") + option + ' '), std::string::npos) << option << '\n' << print;
    // A sub-form's help is its command's.
    EXPECT_EQ(text(runCli({QStringLiteral("annotations"), QStringLiteral("list"), QStringLiteral("--help")}).out),
              usageOf(QStringLiteral("annotations")));
}

TEST(CliUsage, anUnknownOptionIsAUsageErrorFollowedByTheCommandsUsage)
{
    const QString file = dataFile(QStringLiteral("000_a60e29c67b147090.txt"));
    const CliRun analyze = runCli({QStringLiteral("analyze"), file, QStringLiteral("--bogus")});
    EXPECT_EQ(analyze.exitCode, 2);
    EXPECT_TRUE(analyze.out.isEmpty());
    EXPECT_EQ(text(analyze.err), "diptych-cli analyze: unknown option --bogus\n" + usageOf(QStringLiteral("analyze")));

    const CliRun list =
        runCli({QStringLiteral("annotations"), QStringLiteral("list"), QStringLiteral("--bogus"), file});
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_EQ(text(list.err),
              "diptych-cli annotations: unknown option --bogus\n" + usageOf(QStringLiteral("annotations")));
    // An option of another form of the command (annotations revisions --json).
    const CliRun json = runCli({QStringLiteral("annotations"), QStringLiteral("list"), QStringLiteral("--json"), file});
    EXPECT_EQ(json.exitCode, 2);
    EXPECT_EQ(text(json.err),
              "diptych-cli annotations list: no option --json\n" + usageOf(QStringLiteral("annotations")));

    // Each command takes its own options only. handout starts a GUI application, whose
    // platform may warn on stderr first (XDG_RUNTIME_DIR), so only the end is compared.
    const CliRun handout =
        runCli({QStringLiteral("handout"), QStringLiteral("--json"), file, file, QStringLiteral("o.pdf")});
    EXPECT_EQ(handout.exitCode, 2);
    const std::string expected = "diptych-cli handout: unknown option --json\n" + usageOf(QStringLiteral("handout"));
    EXPECT_TRUE(QString::fromUtf8(handout.err).endsWith(QString::fromStdString(expected))) << text(handout.err);
}

TEST(CliUsage, aMissingValueIsAUsageError)
{
    const QString file = dataFile(QStringLiteral("000_a60e29c67b147090.txt"));
    const CliRun store =
        runCli({QStringLiteral("export-pdf"), file, QStringLiteral("out.pdf"), QStringLiteral("--store")});
    EXPECT_EQ(store.exitCode, 2);
    EXPECT_EQ(text(store.err),
              "diptych-cli export-pdf: --store needs a value\n" + usageOf(QStringLiteral("export-pdf")));
    const CliRun limit = runCli({QStringLiteral("search"), QStringLiteral("oekraine"), QStringLiteral("--limit")});
    EXPECT_EQ(limit.exitCode, 2);
    EXPECT_TRUE(limit.err.startsWith("diptych-cli search: --limit needs a value\nusage:\n")) << limit.err.toStdString();
}

TEST(CliUsage, wrongNumberOfFilesGivesTheUsageAlone)
{
    const QString file = dataFile(QStringLiteral("000_a60e29c67b147090.txt"));
    const CliRun compare = runCli({QStringLiteral("compare"), file});
    EXPECT_EQ(compare.exitCode, 2);
    EXPECT_EQ(text(compare.err), usageOf(QStringLiteral("compare")));
    const CliRun sub = runCli({QStringLiteral("annotations"), QStringLiteral("frobnicate"), file});
    EXPECT_EQ(sub.exitCode, 2);
    EXPECT_EQ(text(sub.err), usageOf(QStringLiteral("annotations")));
}

TEST(CliUsage, optionsMayComeBeforeOrAfterTheFiles)
{
    const QString a = dataFile(QStringLiteral("000_a60e29c67b147090.txt"));
    const QString b = dataFile(QStringLiteral("001_76cb035f3064fde5.txt"));
    const CliRun before =
        runCli({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--no-text"), a, b});
    const CliRun after =
        runCli({QStringLiteral("analyze"), a, b, QStringLiteral("--no-text"), QStringLiteral("--json")});
    const CliRun between =
        runCli({QStringLiteral("analyze"), a, QStringLiteral("--json"), b, QStringLiteral("--no-text")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(before.out.startsWith('[')) << before.out.left(200).toStdString();
    EXPECT_EQ(after.exitCode, 0);
    EXPECT_EQ(text(after.out), text(before.out));
    EXPECT_EQ(text(between.out), text(before.out));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.db"));
    const CliRun storeAfter =
        runCli({QStringLiteral("annotations"), QStringLiteral("list"), a, QStringLiteral("--store"), db});
    EXPECT_EQ(storeAfter.exitCode, 0) << storeAfter.err.toStdString();
    EXPECT_TRUE(QFile::exists(db));
}
