#pragma once

#include "export/NotesReport.h"

#include <QString>
#include <QVector>

#include <optional>

namespace diptych {

class AnnotationStore;

// Exports the notes of one document, of several, or of all documents of a meeting, as
// Markdown or as an ODF text document: for each annotation the quoted passage, page,
// section, note, tags, author/date and the Kamerstuk links of the passage. Annotations are
// placed afresh in each document (AnnotationAnchorer); those that cannot be placed are
// listed as "niet geplaatst", never left out.
class NotesExporter
{
public:
    enum class Format { Markdown, Odf };
    // "md"/"markdown", "odt"/"odf".
    static std::optional<Format> formatNamed(const QString &name);
    // By the file name's suffix (.md, .markdown, .odt).
    static std::optional<Format> formatForFile(const QString &path);

    explicit NotesExporter(const AnnotationStore &store);

    // Reads and analyses a document; false, with the reason, when it cannot be read.
    bool addFile(const QString &path, QString *error = nullptr);
    // A document analysed already (the program's cache) with its content hash.
    void addDocument(const Analysis &analysis, const QString &documentHash);
    // Heads the export with this meeting and groups it per document, even for one document.
    // Without it, documents that all share one meeting are headed by it too.
    void setMeeting(const Meeting &meeting) { m_meeting = meeting; }

    NotesReport report() const;
    QString markdown() const;
    // Writes the file atomically; false, with the reason, when it cannot be written.
    bool write(const QString &path, Format format, QString *error = nullptr) const;

private:
    std::optional<Meeting> sharedMeeting() const;

    const AnnotationStore &m_store;
    QVector<DocumentNotes> m_documents;
    std::optional<Meeting> m_meeting;
};

} // namespace diptych
