#include "CliCommands.h"

#include <QTextStream>

namespace diptych::cli {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: diptych-cli COMMAND [OPTIONS] ...\n\n"
           "commands:\n"
           "  analyze [--json] [--no-text] FILE...   structure of Kamerbrieven (PDF or text)\n"
           "  compare [--json] AGENDA VERSLAG         align the sections of an agenda and a verslag\n"
           "  annotations import|import-pdf|export|list [--store DB] DOCUMENT [ANNOTATIONS.json]\n"
           "                                          annotations: W3C JSON in and out, list\n"
           "  export-pdf [--store DB] IN.pdf OUT.pdf  a copy of the PDF with the annotations\n"
           "  export-notes [--store DB] [--format odt|md] (DOCUMENT... | --meeting YYYY-MM-DD) OUT\n"
           "                                          the notes as an ODF text document or Markdown\n"
           "  links [--json] FILE...                  meetings, Kamerstuk citations, summits and topics across letters\n"
           "  index [--library DB] [--rebuild] [--json] FILE_OR_FOLDER...   add letters to the search index\n"
           "  search [--library DB] [--json] [--limit N] QUERY              search the library\n"
           "  print [--store DB] [--notes margin|appendix] [--no-annotations] [--only-annotated]\n"
           "        [--pages A-B] [--greyscale] IN OUT.pdf   an annotated copy as PDF\n"
           "  handout AGENDA VERSLAG OUT.pdf          the aligned sections side by side, as PDF\n";
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream out(stdout);
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.first();
    if (command == QLatin1String("analyze"))
        return analyze(args.mid(1));
    if (command == QLatin1String("compare"))
        return compare(args.mid(1));
    if (command == QLatin1String("annotations"))
        return annotations(args.mid(1));
    if (command == QLatin1String("export-pdf"))
        return exportPdf(args.mid(1));
    if (command == QLatin1String("export-notes"))
        return exportNotes(args.mid(1));
    if (command == QLatin1String("links"))
        return links(args.mid(1));
    if (command == QLatin1String("index"))
        return index(args.mid(1));
    if (command == QLatin1String("search"))
        return search(args.mid(1));
    if (command == QLatin1String("print"))
        return print(args.mid(1));
    if (command == QLatin1String("handout"))
        return handout(args.mid(1));
    err << "diptych-cli: unknown command '" << command << "'\n";
    printUsage(err);
    return 2;
}

} // namespace diptych::cli
