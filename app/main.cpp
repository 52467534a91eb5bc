// diptych: reads Kamerbrieven and puts agenda and verslag side by side.
#include "library/LibraryStore.h"
#include "shell/Application.h"
#include "shell/CommandLine.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "storage/ApplicationIdentity.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    diptych::ApplicationIdentity::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Diptych"));
    QApplication::setApplicationVersion(QStringLiteral(DIPTYCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("diptych"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/diptych.svg")));

    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("diptych"),
                       QStringLiteral("diptych"));
    diptych::Language::install(settings.value(QStringLiteral("language"), QStringLiteral("system")).toString());
    const diptych::CommandLine commandLine = diptych::CommandLine::parse(QApplication::arguments());

    // A program already running on this library takes the files and comes to the front.
    if (commandLine.screenshot.isEmpty() && commandLine.error.isEmpty()
        && diptych::SingleInstance::passToRunning(diptych::LibraryStore::defaultDatabasePath(), commandLine))
        return 0;
    diptych::Application diptych(settings);
    // Before start(): a signal that comes while it runs is then handled once the loop runs.
    diptych.quitOnSignals();
    diptych.start(commandLine);
    if (!commandLine.screenshot.isEmpty()) {
        // For docs/: wait until everything is analysed and painted, save the window, quit.
        diptych.whenSettled([&] {
            QTimer::singleShot(400, &app, [&] {
                diptych.window()->grab().save(commandLine.screenshot);
                app.quit();
            });
        });
    }
    return app.exec();
}
