#pragma once

#include "analysis/AnalysisService.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace diptych {

class Library;

// File › Export notes… and the library's "Export notes of this meeting…": asks where to
// save (the file filter chooses ODF or Markdown) and writes the notes through core's
// NotesExporter, from the annotations in the library's database. Documents analysed
// already come from the analysis cache; the others are read on the spot.
class NotesExport
{
    Q_DECLARE_TR_FUNCTIONS(diptych::NotesExport)
public:
    NotesExport(Library &library, AnalysisService &analyses);

    // The notes of one document.
    void exportDocument(QWidget *parent, const QString &path);
    // The notes of every document of a meeting, grouped per document under the meeting.
    void exportMeeting(QWidget *parent, const QStringList &paths);

    // Without dialogs: writes the notes of paths to out (format by its suffix); asMeeting
    // heads them with the meeting of the first document. False, with the reason, on failure.
    bool write(const QStringList &paths, bool asMeeting, const QString &out, QString *error) const;
    // "ODF text document (*.odt)" and "Markdown (*.md)".
    static QStringList fileFilters();

private:
    void run(QWidget *parent, const QStringList &paths, bool asMeeting, const QString &suggestedName);
    QString askForFile(QWidget *parent, const QString &suggestedName) const;
    Meeting meetingOf(const QStringList &paths) const;

    Library &m_library;
    AnalysisService &m_analyses;
};

} // namespace diptych
