#include "CliCommands.h"
#include "CommandLine.h"

#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "print/AnnotatedPrinter.h"
#include "print/ComparisonHandout.h"
#include "source/PopplerDocument.h"

#include <QRegularExpression>
#include <QTextStream>

namespace diptych::cli {

namespace {

const char *kPrintUsage =
    "usage: diptych-cli print [--store DB] [--notes margin|appendix] [--no-annotations]\n"
    "                         [--only-annotated] [--pages A-B] [--greyscale] IN OUT.pdf\n"
    "An annotated copy of IN (PDF or text) as a PDF: highlights, underlines and strike-outs\n"
    "where they are, notes numbered with their text in the margin (default) or in an appendix.\n"
    "Without --store: the user's library database.\n";

const char *kHandoutUsage = "usage: diptych-cli handout AGENDA VERSLAG OUT.pdf\n";

struct PrintArguments {
    QString store;
    PrintOptions options;
    QStringList files;
};

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

bool parseValue(const QString &option, const QString &value, PrintArguments &out)
{
    if (option == QLatin1String("--store"))
        out.store = value;
    else if (option == QLatin1String("--pages"))
        return parsePages(value, out.options);
    else if (value == QLatin1String("margin") || value == QLatin1String("appendix"))
        out.options.notes = value == QLatin1String("margin") ? NotePlacement::Margin : NotePlacement::Appendix;
    else
        return false;
    return true;
}

bool parsePrintArguments(const QStringList &args, PrintArguments &out, QTextStream &err)
{
    const QStringList withValue{QStringLiteral("--store"), QStringLiteral("--notes"), QStringLiteral("--pages")};
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (withValue.contains(a)) {
            if (i + 1 >= args.size() || !parseValue(a, args[i + 1], out)) {
                err << "diptych-cli print: bad or missing value for " << a << '\n';
                return false;
            }
            ++i;
        } else if (a == QLatin1String("--no-annotations")) {
            out.options.annotations = false;
        } else if (a == QLatin1String("--only-annotated")) {
            out.options.onlyAnnotatedPages = true;
        } else if (a == QLatin1String("--greyscale")) {
            out.options.greyscale = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "diptych-cli print: unknown option " << a << '\n';
            return false;
        } else {
            out.files << a;
        }
    }
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

int print(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    PrintArguments parsed;
    if (!parsePrintArguments(args, parsed, err) || parsed.files.size() != 2) {
        err << kPrintUsage;
        return 2;
    }
    const QString in = parsed.files[0];
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
    if (parsed.options.annotations && !annotationsOf(in, parsed.store, annotations, err))
        return 1;
    const AnnotatedPrinter printer(analysis, annotations, pdf.get(), parsed.options);
    if (!printer.writePdf(parsed.files[1], &error)) {
        err << parsed.files[1] << ": " << error << '\n';
        return 1;
    }
    out << "printed " << printer.plan().pages().size() << " pages and " << printer.plan().notes().size()
        << " notes to " << parsed.files[1];
    if (printer.notPlaced() > 0)
        out << " (" << printer.notPlaced() << " annotations not placed, left out)";
    out << '\n';
    return 0;
}

int handout(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    ParsedArguments parsed;
    if (!parseArguments(QStringLiteral("handout"), args, {}, parsed, err) || parsed.files.size() != 3) {
        err << kHandoutUsage;
        return 2;
    }
    QVector<Analysis> both;
    if (analyzeFiles(parsed.files.mid(0, 2), err, [&](Analysis &&a) { both << std::move(a); }) > 0)
        return 1;
    const ComparisonHandout handout(both[0], both[1]);
    QString error;
    if (!handout.writePdf(parsed.files[2], &error)) {
        err << parsed.files[2] << ": " << error << '\n';
        return 1;
    }
    out << "wrote a handout of " << handout.pageCount() << " pages to " << parsed.files[2] << '\n';
    return 0;
}

} // namespace diptych::cli
