#include "export/NotesExport.h"

#include "annotations/SqliteAnnotationStore.h"
#include "export/NotesExporter.h"
#include "library/Library.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

namespace diptych {

namespace {

// Where the last export went, so the next one starts there.
QString lastDirectory;

QString suffixOf(const QString &filter)
{
    return filter.contains(QLatin1String("*.md")) ? QStringLiteral("md") : QStringLiteral("odt");
}

} // namespace

NotesExport::NotesExport(Library &library, AnalysisService &analyses) : m_library(library), m_analyses(analyses) {}

QStringList NotesExport::fileFilters() { return {tr("ODF text document (*.odt)"), tr("Markdown (*.md)")}; }

void NotesExport::exportDocument(QWidget *parent, const QString &path)
{
    run(parent, {path}, false, QFileInfo(path).completeBaseName() + tr("-notes"));
}

void NotesExport::exportMeeting(QWidget *parent, const QStringList &paths)
{
    const QString day = meetingOf(paths).start.toString(Qt::ISODate);
    run(parent, paths, true, tr("meeting-notes") + (day.isEmpty() ? QString() : QLatin1Char('-') + day));
}

void NotesExport::run(QWidget *parent, const QStringList &paths, bool asMeeting, const QString &suggestedName)
{
    if (paths.isEmpty())
        return;
    const QString out = askForFile(parent, suggestedName);
    if (out.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = write(paths, asMeeting, out, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(parent, tr("Export notes"), tr("The notes could not be exported.\n%1").arg(error));
}

QString NotesExport::askForFile(QWidget *parent, const QString &suggestedName) const
{
    if (lastDirectory.isEmpty())
        lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = fileFilters().first();
    QString out = QFileDialog::getSaveFileName(parent, tr("Export notes"),
                                               QDir(lastDirectory).filePath(suggestedName + QStringLiteral(".odt")),
                                               fileFilters().join(QStringLiteral(";;")), &filter);
    if (out.isEmpty())
        return out;
    // The filter decides when the name has no suffix we know.
    if (!NotesExporter::formatForFile(out))
        out += QLatin1Char('.') + suffixOf(filter);
    lastDirectory = QFileInfo(out).absolutePath();
    return out;
}

// The meeting as the library knows it: the first document's, with what another adds.
Meeting NotesExport::meetingOf(const QStringList &paths) const
{
    Meeting meeting;
    for (const QString &path : paths) {
        const auto entry = m_library.byPath(path);
        if (!entry)
            continue;
        if (!meeting.start.isValid())
            meeting = entry->meeting;
        if (meeting.place.isEmpty())
            meeting.place = entry->meeting.place;
    }
    return meeting;
}

bool NotesExport::write(const QStringList &paths, bool asMeeting, const QString &out, QString *error) const
{
    const auto format = NotesExporter::formatForFile(out);
    SqliteAnnotationStore store(m_library.store().databasePath());
    if (!format || !store.open()) {
        if (error)
            *error = format ? store.error() : tr("Choose a name ending in .odt or .md.");
        return false;
    }
    NotesExporter exporter(store);
    for (const QString &path : paths) {
        const AnalysisPtr cached = m_analyses.cached(path);
        const QString hash = LibraryStore::hashFile(path, error);
        if (cached && !hash.isEmpty())
            exporter.addDocument(*cached, hash);
        else if (!exporter.addFile(path, error)) {
            if (error)
                *error = QFileInfo(path).fileName() + QStringLiteral(": ") + *error;
            return false;
        }
    }
    if (asMeeting) {
        const Meeting meeting = meetingOf(paths);
        if (meeting.start.isValid())
            exporter.setMeeting(meeting);
    }
    return exporter.write(out, *format, error);
}

} // namespace diptych
