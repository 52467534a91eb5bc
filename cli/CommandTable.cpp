#include "CommandTable.h"

#include "CliCommands.h"

namespace diptych::cli {

namespace {

using Option = CommandSpec::Option;
using Form = CommandSpec::Form;

constexpr int kAny = -1;

Option flag(const char *name, const char *description)
{
    return Option{QLatin1String(name), QString(), QString::fromUtf8(description)};
}

Option valued(const char *name, const char *value, const char *description)
{
    return Option{QLatin1String(name), QLatin1String(value), QString::fromUtf8(description)};
}

Form form(const char *operands, int minOperands, int maxOperands, const char *description)
{
    return Form{QString(), QString(), QLatin1String(operands), minOperands, maxOperands, QString::fromUtf8(description),
                {}};
}

Form subFormOf(const char *sub, const char *operands, int minOperands, int maxOperands, const char *description)
{
    Form f = form(operands, minOperands, maxOperands, description);
    f.sub = QLatin1String(sub);
    return f;
}

Form subForm(const char *sub, const char *operands, int count, const char *description)
{
    return subFormOf(sub, operands, count, count, description);
}

// A form that is the one meant when its option is given, whatever else is.
Form formWith(const char *requiredOption, const char *operands, int count, const char *description)
{
    Form f = form(operands, count, count, description);
    f.requiredOption = QLatin1String(requiredOption);
    return f;
}

Option required(Option option)
{
    option.required = true;
    return option;
}

Form withOptions(Form form, std::initializer_list<const char *> options)
{
    for (const char *name : options)
        form.options << QLatin1String(name);
    return form;
}

// A form that works on the local store alone.
Form local(Form form) { return withOptions(form, {"--store"}); }

Option store() { return valued("--store", "DB", "the annotation database (default: the user's library)"); }

Option server()
{
    return valued("--server", "URL", "postgresql://user@host:port/db (password: PGPASSWORD or ~/.pgpass)");
}

Option library() { return valued("--library", "DB", "the library database (default: the user's own)"); }

QVector<CommandSpec> buildTable()
{
    return {
        {QStringLiteral("analyze"),
         {flag("--json", "JSON: one object for one file, an array for several"),
          flag("--no-text", "leave the reading text out of the JSON")},
         {form("FILE...", 1, kAny, "structure of each letter (PDF or text)")},
         analyze},
        {QStringLiteral("compare"),
         {flag("--json", "the alignment as JSON")},
         {form("AGENDA VERSLAG", 2, 2, "sections aligned, agenda against verslag")},
         compare},
        {QStringLiteral("links"),
         {flag("--json", "the links as JSON")},
         {form("FILE...", 1, kAny, "meetings, citations, summits, topic threads")},
         links},
        {QStringLiteral("annotations"),
         {store(), required(server()), required(valued("--team", "NAME", "the team the restore syncs with")),
          flag("--json", "the kept revisions as JSON")},
         {local(subForm("import", "DOCUMENT ANNOTATIONS.json", 2, "W3C Web Annotation JSON into the store")),
          local(subForm("import-pdf", "DOCUMENT.pdf", 1, "the annotations inside a PDF into the store")),
          local(subForm("export", "DOCUMENT", 1, "W3C Web Annotation JSON on stdout")),
          local(subForm("list", "DOCUMENT", 1, "one line per annotation, tab-separated")),
          local(subForm("note", "ID TEXT", 2, "set an annotation's note (TEXT '': none)")),
          local(subForm("tag", "ID TAGS", 2, "set its tags, comma-separated (trimmed, each kept once)")),
          local(subForm("color", "ID COLOR", 2, "recolour it: #rrggbb or a colour name (a note stays a note)")),
          local(
              subForm("share", "ID TEAM|team|private", 2, "who sees it: a team, the team you sync with, or you alone")),
          local(subForm("remove", "ID", 1, "delete an annotation")),
          local(subForm("reply", "ID TEXT", 2, "answer an annotation (others' notes are replied to, not edited)")),
          withOptions(subForm("revisions", "ID", 1, "your versions of ID that lost a conflict, kept on the server"),
                      {"--server", "--json"}),
          withOptions(subForm("restore", "ID REVISION", 2, "restore a kept revision as your own edit, synced at once"),
                      {"--store", "--server", "--team"})},
         annotations},
        {QStringLiteral("export-pdf"),
         {store()},
         {form("IN.pdf OUT.pdf", 2, 2, "a copy with standard PDF annotations")},
         exportPdf},
        {QStringLiteral("export-notes"),
         {store(), valued("--format", "odt|md", "ODF text or Markdown (default: as OUT's suffix says)"),
          valued("--meeting", "YYYY-MM-DD", "the library's letters of the meeting starting that day")},
         {form("DOCUMENT... OUT", 2, kAny, "the notes as ODF text or Markdown (OUT -: Markdown on stdout)"),
          formWith("--meeting", "OUT", 1, "the notes of every library document of a meeting")},
         exportNotes},
        {QStringLiteral("print"),
         {store(), valued("--notes", "margin|appendix", "note texts in the margin (default) or an appendix"),
          flag("--no-annotations", "the letter without its annotations"),
          flag("--only-annotated", "only the pages with annotations"),
          valued("--pages", "A-B", "only these pages: 3, 3-5, 3- or -5"),
          flag("--greyscale", "highlights hatched and outlined as well as tinted")},
         {form("IN OUT.pdf", 2, 2, "an annotated copy of a letter (PDF or text) as PDF")},
         print},
        {QStringLiteral("handout"),
         {},
         {form("AGENDA VERSLAG OUT.pdf", 3, 3, "two-column comparison handout")},
         handout},
        {QStringLiteral("index"),
         {library(), flag("--rebuild", "empty the index first"), flag("--json", "the summary as JSON")},
         {form("FILE_OR_FOLDER...", 1, kAny, "add letters to the search index")},
         index},
        {QStringLiteral("team"),
         {required(server()), required(valued("--team", "NAME", "the team")), store(),
          flag("--json", "the counts as JSON")},
         {withOptions(subFormOf("init", "", 0, 0, "create or upgrade the server schema, and the team"),
                      {"--server", "--team"}),
          withOptions(subFormOf("add", "ROLE...", 1, kAny, "make existing login roles members of the team"),
                      {"--server", "--team"}),
          withOptions(
              subFormOf("remove", "ROLE...", 1, kAny, "take members off the team (their own notes stay theirs)"),
              {"--server", "--team"}),
          withOptions(subFormOf("sync", "", 0, 0, "push waiting edits, pull the team's: pushed N, pulled M, waiting K"),
                      {"--store", "--server", "--team", "--json"})},
         team},
        {QStringLiteral("search"),
         {library(), flag("--json", "the hits as JSON"), valued("--limit", "N", "at most N hits (default: 50)")},
         {form("QUERY", 1, kAny, "words, \"phrases\" and prefix* in the index")},
         search},
        {QStringLiteral("fetch"),
         {valued("--dossier", "N", "a dossier's Kamerstukken: 28676, 21501-02"),
          valued("--id", "ID", "one Kamerstuk by its official id: kst-28676-499"),
          valued("--since", "YYYY-MM-DD", "only those issued on or after the date"), library(),
          valued("--into", "DIR", "where the letters go (default: letters/ beside the library)"),
          valued("--source", "URL", "a mirror in place of the official services"),
          valued("--timeout", "SECONDS", "per request (default: 30)"), flag("--json", "the summary as JSON")},
         {formWith("--dossier", "", 0, "download a dossier's new Kamerstukken into the library"),
          formWith("--id", "", 0, "download one Kamerstuk into the library")},
         fetch},
    };
}

} // namespace

const QVector<CommandSpec> &CommandTable::commands()
{
    static const QVector<CommandSpec> table = buildTable();
    return table;
}

const CommandSpec *CommandTable::find(const QString &name)
{
    for (const CommandSpec &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace diptych::cli
