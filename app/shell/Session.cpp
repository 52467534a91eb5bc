#include "shell/Session.h"

#include "compare/CompareView.h"
#include "document/DocumentPane.h"
#include "shell/MainWindow.h"

#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>

namespace diptych {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTabs = QStringLiteral("session/tabs");
const QString kCurrent = QStringLiteral("session/current");
const QString kType = QStringLiteral("type");
const QString kLeft = QStringLiteral("left");
const QString kRight = QStringLiteral("right");
const QString kLeftPosition = QStringLiteral("leftPosition");
const QString kRightPosition = QStringLiteral("rightPosition");
const QString kLinked = QStringLiteral("linked");

} // namespace

void Session::save(const MainWindow &window, QSettings &settings)
{
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState());
    QTabWidget *tabs = window.tabs();
    settings.beginWriteArray(kTabs, tabs->count());
    for (int i = 0; i < tabs->count(); ++i) {
        settings.setArrayIndex(i);
        if (auto *compare = qobject_cast<CompareView *>(tabs->widget(i))) {
            settings.setValue(kType, QStringLiteral("compare"));
            settings.setValue(kLeft, compare->left()->path());
            settings.setValue(kRight, compare->right()->path());
            settings.setValue(kLeftPosition, compare->left()->position());
            settings.setValue(kRightPosition, compare->right()->position());
            settings.setValue(kLinked, compare->linkedScrolling());
        } else if (auto *pane = qobject_cast<DocumentPane *>(tabs->widget(i))) {
            settings.setValue(kType, QStringLiteral("document"));
            settings.setValue(kLeft, pane->path());
            settings.setValue(kLeftPosition, pane->position());
        }
    }
    settings.endArray();
    settings.setValue(kCurrent, tabs->currentIndex());
    settings.sync();
}

void Session::restoreLayout(MainWindow &window, QSettings &settings)
{
    window.restoreGeometry(settings.value(kGeometry).toByteArray());
    window.restoreState(settings.value(kState).toByteArray());
}

// Files that disappeared since are skipped quietly: the session is a convenience.
void Session::restoreTabs(MainWindow &window, QSettings &settings)
{
    const int count = settings.beginReadArray(kTabs);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString left = settings.value(kLeft).toString();
        const QString right = settings.value(kRight).toString();
        if (!QFileInfo::exists(left))
            continue;
        const int leftPosition = settings.value(kLeftPosition, -1).toInt();
        if (settings.value(kType).toString() == QLatin1String("compare")) {
            if (!QFileInfo::exists(right))
                continue;
            if (CompareView *compare = window.openComparison(left, right)) {
                compare->setLinkedScrolling(settings.value(kLinked, true).toBool());
                compare->left()->setPosition(leftPosition);
                compare->right()->setPosition(settings.value(kRightPosition, -1).toInt());
            }
        } else if (DocumentPane *pane = window.openDocument(left)) {
            pane->setPosition(leftPosition);
        }
    }
    settings.endArray();
    const int current = settings.value(kCurrent, -1).toInt();
    if (current >= 0 && current < window.tabs()->count())
        window.tabs()->setCurrentIndex(current);
}

} // namespace diptych
