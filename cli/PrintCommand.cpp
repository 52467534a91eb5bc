#include "CliCommands.h"
#include "CommandLine.h"
#include "UsageText.h"

#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "print/AnnotatedPrinter.h"
#include "print/ComparisonHandout.h"
#include "source/PopplerDocument.h"

#include <QRegularExpression>
#include <QTextStream>

namespace diptych::cli {

namespace {

// "3", "3-5", "3-" or "-5" into the 1-based range of options; false when malformed.
bool parsePages(const QString &text, PrintOptions &options)
{
    static const QRegularExpression range(QStringLiteral("^(\\d*)(-?)(\\d*)$"));
    const QRegularExpressionMatch m = range.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        return false;
    options.firstPage = m.captured(1).toInt();
    options.lastPage = m.captured(2).isEmpty() ? options.firstPage : m.captured(3).toInt();
    return options.firstPage >= 0 && (options.lastPage == 0 || options.lastPage >= qMax(1, options.firstPage));
}

bool parseNotes(const QString &text, PrintOptions &options)
{
    if (text != QLatin1String("margin") && text != QLatin1String("appendix"))
        return false;
    options.notes = text == QLatin1String("margin") ? NotePlacement::Margin : NotePlacement::Appendix;
    return true;
}

// Kept word for word from when this command found missing values too: scripts may match it.
bool badValue(const char *option, QTextStream &err)
{
    err << "diptych-cli print: bad or missing value for " << option << '\n';
    return false;
}

// The options of an annotated copy; false after a message when --notes or --pages is malformed.
bool printOptionsOf(const ParsedArguments &parsed, PrintOptions &options, QTextStream &err)
{
    options.annotations = !parsed.has("--no-annotations");
    options.onlyAnnotatedPages = parsed.has("--only-annotated");
    options.greyscale = parsed.has("--greyscale");
    if (parsed.values.contains(QStringLiteral("--notes")) && !parseNotes(parsed.value("--notes"), options))
        return badValue("--notes", err);
    if (parsed.values.contains(QStringLiteral("--pages")) && !parsePages(parsed.value("--pages"), options))
        return badValue("--pages", err);
    return true;
}

// The annotations of the file from the store; false after a message when the store fails.
bool annotationsOf(const QString &file, const QString &storePath, QVector<Annotation> &out, QTextStream &err)
{
    const QString hash = LibraryStore::hashFile(file);
    SqliteAnnotationStore store(storePath);
    if (hash.isEmpty() || !store.open()) {
        err << "diptych-cli: cannot open the annotation database " << store.databasePath() << ": " << store.error()
            << '\n';
        return false;
    }
    out = store.byDocument(hash);
    return true;
}

} // namespace

int print(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    PrintOptions options;
    if (!printOptionsOf(parsed, options, err))
        return UsageText::usageError(*parsed.command, err);
    const QString in = parsed.operands[0];
    const QString target = parsed.operands[1];
    Analysis analysis;
    if (analyzeFiles({in}, err, [&](Analysis &&a) { analysis = std::move(a); }) > 0)
        return 1;
    std::unique_ptr<PopplerDocument> pdf;
    QString error;
    if (analysis.format == SourceFormat::Pdf && !(pdf = PopplerDocument::open(in, &error))) {
        err << in << ": " << error << '\n';
        return 1;
    }
    QVector<Annotation> annotations;
    if (options.annotations && !annotationsOf(in, parsed.value("--store"), annotations, err))
        return 1;
    const AnnotatedPrinter printer(analysis, annotations, pdf.get(), options);
    if (!printer.writePdf(target, &error)) {
        err << target << ": " << error << '\n';
        return 1;
    }
    out << "printed " << printer.plan().pages().size() << " pages and " << printer.plan().notes().size() << " notes to "
        << target;
    if (printer.notPlaced() > 0)
        out << " (" << printer.notPlaced() << " annotations not placed, left out)";
    out << '\n';
    return 0;
}

int handout(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList &files = parsed.operands;
    QVector<Analysis> both;
    if (analyzeFiles(files.mid(0, 2), err, [&](Analysis &&a) { both << std::move(a); }) > 0)
        return 1;
    const ComparisonHandout handout(both[0], both[1]);
    QString error;
    if (!handout.writePdf(files[2], &error)) {
        err << files[2] << ": " << error << '\n';
        return 1;
    }
    out << "wrote a handout of " << handout.pageCount() << " pages to " << files[2] << '\n';
    return 0;
}

} // namespace diptych::cli
