// Exporting notes from the program: the annotations in the library's database, for one
// document and for a meeting, through the same code the File menu and the library use.
#include "AppFixture.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "export/NotesExport.h"
#include "spelling/Speller.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>

using namespace diptych;
using diptych::test::AppFixture;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The action of the window's menus with this text, without the "&" marks.
QAction *menuAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (QString(a->text()).remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

} // namespace

TEST_F(AppFixture, fileMenuOffersExportNotesOnlyWithADocumentOpen)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().entries().size() == 5 && settle(); }, 30000));
    QAction *exportNotes = menuAction(window(), QStringLiteral("Export notes…"));
    ASSERT_NE(exportNotes, nullptr);
    QMenu *file = nullptr;
    for (QAction *a : window()->menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(exportNotes))
            file = a->menu();
    }
    ASSERT_NE(file, nullptr);
    if (!window()->activePane()) {
        Q_EMIT file->aboutToShow();
        EXPECT_FALSE(exportNotes->isEnabled());
    }
    window()->openDocument(m_app->library().entries().first().path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window()->activePane() != nullptr; }, 10000));
    Q_EMIT file->aboutToShow();
    EXPECT_TRUE(exportNotes->isEnabled());
}

TEST_F(AppFixture, exportNotesWritesTheLibraryAnnotationsOfADocumentAndOfItsMeeting)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app->library().entries().size() == 5 && settle(); }, 30000));
    LibraryEntry oslo;
    for (const LibraryEntry &e : m_app->library().entries()) {
        if (e.path.endsWith(QLatin1String("002_e47a5db50cc64457.txt")))
            oslo = e;
    }
    ASSERT_FALSE(oslo.path.isEmpty());
    Analysis analysis;
    QString error;
    ASSERT_TRUE(Analyzer(Speller::shared()).analyzeFile(oslo.path, analysis, error));
    Annotation note = Annotation::create(AnnotationKind::HighlightNote, oslo.hash);
    note.note = QStringLiteral("Vragen naar de <munitie> & *leveringen*");
    const int at = int(analysis.text.indexOf(QStringLiteral("militaire steun")));
    AnnotationAnchorer(analysis).anchor(note, at, at + 15);
    {
        SqliteAnnotationStore store(m_app->library().store().databasePath());
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(store.put(note));
    }

    const NotesExport notes(m_app->library(), m_app->analyses());
    const QString md = m_dir.filePath(QStringLiteral("oslo.md"));
    ASSERT_TRUE(notes.write({oslo.path}, false, md, &error)) << error.toStdString();
    const QString written = readAll(md);
    EXPECT_TRUE(written.startsWith(QStringLiteral("# Aantekeningen bij VERSLAG"))) << written.toStdString();
    EXPECT_TRUE(written.contains(QStringLiteral("> militaire steun")));
    EXPECT_TRUE(written.contains(QStringLiteral("Vragen naar de \\<munitie\\> & \\*leveringen\\*")));

    const QString odt = m_dir.filePath(QStringLiteral("meeting.odt"));
    ASSERT_TRUE(notes.write({oslo.path}, true, odt, &error)) << error.toStdString();
    EXPECT_TRUE(readAll(odt).startsWith(QStringLiteral("PK"))); // a zip: the ODF package

    const QString meetingMd = m_dir.filePath(QStringLiteral("meeting.md"));
    ASSERT_TRUE(notes.write({oslo.path}, true, meetingMd, &error));
    EXPECT_TRUE(
        readAll(meetingMd).startsWith(QStringLiteral("# Aantekeningen iFMM Oslo 31 mei - 1 juni 2023\n\n## VERSLAG")))
        << readAll(meetingMd).toStdString();

    EXPECT_FALSE(notes.write({oslo.path}, false, m_dir.filePath(QStringLiteral("notes.txt")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".odt")));
}
