#include "GuiApp.h"

#include <QGuiApplication>

namespace diptych::test {

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    // Tests and benchmarks run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "diptych-test";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

} // namespace diptych::test
