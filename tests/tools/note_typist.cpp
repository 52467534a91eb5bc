// A second process for the note typing test: the real program (offscreen) with a note open
// in the annotations panel, typing TEXT into it one key at a time the way a user does, and
// saying so after each key has been handled ("typed N"), so a test can kill it with SIGKILL
// midway and check how much of the typing reached the database.
//
// usage: note_typist DIR TEXT [INTERVAL_MS]
// DIR holds the settings and the database (DIR/library.sqlite); first line printed:
// "note ID" once the note is made and shown.
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/NoteEditor.h"
#include "annotations/WindowAnnotations.h"
#include "shell/Application.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace diptych;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: note_typist DIR TEXT [INTERVAL_MS]\n");
        return 2;
    }
    const QDir dir(args[1]);
    const QString text = args[2];
    const int interval = args.size() > 3 ? args[3].toInt() : 25;
    QSettings settings(dir.filePath(QStringLiteral("diptych.ini")), QSettings::IniFormat);
    Application app(settings, dir.filePath(QStringLiteral("library.sqlite")), dir.filePath(QStringLiteral("samples")));
    app.quitOnSignals();
    app.start(CommandLine());

    Annotation note = Annotation::create(AnnotationKind::PageNote, QStringLiteral("typed-doc"));
    note.areas = {PageArea{0, {QRectF(300, 400, 12, 12)}}};
    app.annotations().add(note);
    AnnotationsPanel *panel = app.window()->annotations()->panel();
    panel->setShowLibrary(true);
    panel->editNote(note.id);
    std::printf("note %s\n", qPrintable(note.id));
    std::fflush(stdout);

    int typed = 0;
    QTimer keys;
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (typed == text.size()) {
            keys.stop();
            return;
        }
        const QChar c = text[typed];
        QTest::keyClick(panel->noteEditor(), c.toLatin1());
        std::printf("typed %d\n", ++typed);
        std::fflush(stdout);
    });
    keys.start(interval);
    return qapp.exec();
}
