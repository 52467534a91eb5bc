#include "CliCommands.h"

#include "annotations/SqliteAnnotationStore.h"
#include "export/NotesExporter.h"
#include "library/LibraryStore.h"

#include <QDate>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace diptych::cli {

namespace {

// What export-notes was given; empty strings for options not given.
struct Options {
    QString store;
    QString format;
    QString meeting;
    QStringList files; // DOCUMENT... OUT, or only OUT with --meeting (the parser counted them)
};

Options optionsOf(const ParsedArguments &parsed)
{
    return Options{parsed.value("--store"), parsed.value("--format"), parsed.value("--meeting"), parsed.operands};
}

int kindOrder(DocumentKind kind) { return kind == DocumentKind::Agenda ? 0 : kind == DocumentKind::Verslag ? 1 : 2; }

// The library's documents of the meeting that starts on day: agenda, verslag, other letters.
QVector<LibraryEntry> meetingDocuments(const QString &store, const QDate &day, QTextStream &err)
{
    LibraryStore library(store);
    if (!library.open()) {
        err << "diptych-cli: cannot open the library database " << library.databasePath() << ": " << library.error()
            << '\n';
        return {};
    }
    QVector<LibraryEntry> out;
    for (const LibraryEntry &e : library.entries()) {
        if (e.meeting.start == day)
            out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const LibraryEntry &a, const LibraryEntry &b) {
        return kindOrder(a.kind) < kindOrder(b.kind);
    });
    return out;
}

// The documents to export; sets meeting for the --meeting form. Empty after a message on failure.
QStringList documentsToExport(const Options &o, std::optional<Meeting> &meeting, QTextStream &err)
{
    if (o.meeting.isEmpty())
        return o.files.mid(0, o.files.size() - 1);
    const QDate day = QDate::fromString(o.meeting, Qt::ISODate);
    const QVector<LibraryEntry> entries = meetingDocuments(o.store, day, err);
    if (entries.isEmpty()) {
        err << "diptych-cli export-notes: no document in the library for a meeting starting on " << o.meeting << '\n';
        return {};
    }
    QStringList paths;
    meeting = entries.first().meeting;
    for (const LibraryEntry &e : entries) {
        paths << e.path;
        if (meeting->place.isEmpty())
            meeting->place = e.meeting.place;
    }
    return paths;
}

// The format asked for, else the one OUT's suffix names; stdout takes Markdown only.
std::optional<NotesExporter::Format> formatFor(const Options &o, const QString &target)
{
    const bool toStdout = target == QLatin1String("-");
    if (o.format.isEmpty())
        return toStdout ? NotesExporter::Format::Markdown : NotesExporter::formatForFile(target);
    const auto named = NotesExporter::formatNamed(o.format);
    return toStdout && named != NotesExporter::Format::Markdown ? std::nullopt : named;
}

// Every document or none: a memo with a letter silently missing would mislead.
bool addDocuments(NotesExporter &exporter, const QStringList &documents, QTextStream &err)
{
    for (const QString &path : documents) {
        QString error;
        if (!exporter.addFile(path, &error)) {
            err << path << ": " << error << "\nnothing written\n";
            return false;
        }
    }
    return true;
}

int writeReport(const NotesExporter &exporter, const QString &target, NotesExporter::Format format, QTextStream &out,
                QTextStream &err)
{
    if (target == QLatin1String("-")) {
        out << exporter.markdown();
        return 0;
    }
    QString error;
    if (!exporter.write(target, format, &error)) {
        err << target << ": cannot write: " << error << '\n';
        return 1;
    }
    const NotesReport report = exporter.report();
    const int notes = report.noteCount();
    const int documents = report.documents.size();
    out << "wrote " << notes << (notes == 1 ? " note" : " notes") << " of " << documents
        << (documents == 1 ? " document" : " documents") << " to " << target;
    if (report.notPlacedCount() > 0)
        out << " (" << report.notPlacedCount() << " not placed)";
    out << '\n';
    return 0;
}

} // namespace

int exportNotes(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Options o = optionsOf(parsed);
    const QString target = o.files.last();
    const auto format = formatFor(o, target);
    if (!format) {
        err << "diptych-cli export-notes: say --format odt or --format md (or give OUT a .odt or .md name); "
               "only Markdown goes to stdout\n";
        return 2;
    }
    if (!o.meeting.isEmpty() && !QDate::fromString(o.meeting, Qt::ISODate).isValid()) {
        err << "diptych-cli export-notes: --meeting wants the meeting's first day as YYYY-MM-DD, not '" << o.meeting
            << "'\n";
        return 2;
    }
    std::optional<Meeting> meeting;
    const QStringList documents = documentsToExport(o, meeting, err);
    if (documents.isEmpty())
        return 1;
    SqliteAnnotationStore store(o.store);
    if (!store.open()) {
        err << "diptych-cli: cannot open the annotation database " << store.databasePath() << ": " << store.error()
            << '\n';
        return 1;
    }
    if (!store.error().isEmpty())
        err << store.error() << '\n'; // a damaged database was moved aside
    NotesExporter exporter(store);
    if (meeting)
        exporter.setMeeting(*meeting);
    return addDocuments(exporter, documents, err) ? writeReport(exporter, target, *format, out, err) : 1;
}

} // namespace diptych::cli
