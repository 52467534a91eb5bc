#include "export/NotesExporter.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteLabels.h"
#include "export/NotesCollector.h"
#include "export/NotesMarkdownWriter.h"
#include "export/NotesOdfWriter.h"
#include "library/LibraryStore.h"
#include "spelling/Speller.h"

#include <QFileInfo>
#include <QSaveFile>

namespace diptych {

std::optional<NotesExporter::Format> NotesExporter::formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("odt") || n == QLatin1String("odf"))
        return Format::Odf;
    return std::nullopt;
}

std::optional<NotesExporter::Format> NotesExporter::formatForFile(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

NotesExporter::NotesExporter(const AnnotationStore &store) : m_store(store) {}

bool NotesExporter::addFile(const QString &path, QString *error)
{
    QString reason;
    const QString hash = LibraryStore::hashFile(path, &reason);
    Analysis analysis;
    if (hash.isEmpty() || !Analyzer(Speller::shared()).analyzeFile(path, analysis, reason)) {
        if (error)
            *error = reason;
        return false;
    }
    addDocument(analysis, hash);
    return true;
}

void NotesExporter::addDocument(const Analysis &analysis, const QString &documentHash)
{
    DocumentNotes notes = NotesCollector::collect(analysis, m_store.byDocument(documentHash));
    for (NoteItem &item : notes.notes)
        item.replies = m_store.replies(item.annotation.id);
    m_documents.append(notes);
}

// The meeting every document names (type and first day agree), if they all name one.
std::optional<Meeting> NotesExporter::sharedMeeting() const
{
    if (m_documents.isEmpty() || !m_documents.first().meeting.start.isValid())
        return std::nullopt;
    Meeting shared = m_documents.first().meeting;
    for (const DocumentNotes &d : m_documents) {
        if (d.meeting.start != shared.start || d.meeting.type != shared.type)
            return std::nullopt;
        if (shared.place.isEmpty())
            shared.place = d.meeting.place;
        if (!shared.end.isValid())
            shared.end = d.meeting.end;
    }
    return shared;
}

NotesReport NotesExporter::report() const
{
    NotesReport r;
    r.documents = m_documents;
    const std::optional<Meeting> meeting =
        m_meeting ? m_meeting : (m_documents.size() > 1 ? sharedMeeting() : std::nullopt);
    r.grouped = meeting.has_value() || m_documents.size() > 1;
    if (meeting)
        r.title = NoteLabels::meetingTitle(*meeting);
    else if (m_documents.size() == 1)
        r.title = NoteLabels::reportTitle(m_documents.first().title);
    else
        r.title = NoteLabels::reportTitle(QStringLiteral("%1 documenten").arg(m_documents.size()));
    return r;
}

QString NotesExporter::markdown() const { return NotesMarkdownWriter::write(report()); }

bool NotesExporter::write(const QString &path, Format format, QString *error) const
{
    if (format == Format::Odf)
        return NotesOdfWriter::write(report(), path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace diptych
