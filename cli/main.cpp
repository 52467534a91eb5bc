// diptych-cli: the Diptych core from the command line, JSON out for scripts.
#include "CliCommands.h"
#include "storage/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// print and handout lay out text and paint PDFs: they need fonts, hence a GUI application,
// on the offscreen platform since a command line has no use for a display.
bool needsFonts(int argc, char *argv[])
{
    return argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "handout") == 0);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    diptych::ApplicationIdentity::install();
    return diptych::cli::run(QCoreApplication::arguments());
}
